package nl.inbeeld.school;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import nl.inbeeld.leerling.LeerlingId;

/** The hand-written id checks accept exactly what the spec's patterns accept (spec §1). */
class IdVormProperties {

    @Property(tries = 2000)
    void leerlingIdAlsPatroon(@ForAll @StringLength(max = 70) @CharRange(from = ' ', to = '~') @Chars({'é', '\u0000'}) String s) {
        assertThat(LeerlingId.isGeldig(s)).isEqualTo(s.matches("[A-Za-z0-9_-]{1,64}"));
    }

    @Property(tries = 2000)
    void schoolIdAlsPatroon(@ForAll @StringLength(max = 8) @CharRange(from = '0', to = 'Z') @Chars({'a', '_'}) String s) {
        assertThat(SchoolId.isGeldig(s)).isEqualTo(s.matches("[0-9A-Z]{4}[0-9]{2}"));
    }
}
