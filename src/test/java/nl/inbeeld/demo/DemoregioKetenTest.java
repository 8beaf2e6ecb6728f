package nl.inbeeld.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Objects;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.verzuim.Signaal;
import nl.inbeeld.verzuim.Signaalsoort;
import nl.inbeeld.verzuim.Signalen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole chain on the demo region: generated in uitwisselformaat v1, read in through the real import, signals
 * detected and stored. Every scenario pupil has exactly the signals its scenario was built for (computed
 * independently by the generator's author), and every signal type of spec §4 occurs.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoregioKetenTest {

    @Autowired
    DemoLader lader;

    @Autowired
    Signalen signalen;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void laad() throws Exception {
        jdbc.sql("truncate school, kalender, leerling, inschrijving, absentie, bevolking, vrijstelling, signaal, wijziging, inlezing cascade").update();
        assertThat(lader.laad().volledig()).isTrue();
    }

    @Test
    void elkeScenarioleerlingKrijgtZijnSignalen() {
        for (Scenario s : Demoregio.scenarios()) {
            var gevonden = signalen.van(new LeerlingId(s.leerlingId())).stream()
                    .filter(x -> !x.einddatum().isAfter(Demoregio.VANDAAG)).toList();
            for (Verwachtsignaal v : s.signalen()) {
                assertThat(gevonden).as(s.leerlingId() + ": " + s.beschrijving())
                        .anyMatch(x -> klopt(x, v));
            }
            if (s.signalen().isEmpty()) {
                assertThat(gevonden).as(s.leerlingId() + ": " + s.beschrijving())
                        .noneMatch(x -> x.soort() == Signaalsoort.VERZUIM_16_UUR || x.soort() == Signaalsoort.RMC_18_PLUS);
            }
        }
    }

    @Test
    void elkeSignaalsoortKomtVoor() {
        var soorten = EnumSet.noneOf(Signaalsoort.class);
        signalen.tot(Demoregio.VANDAAG, null, null).forEach(s -> soorten.add(s.soort()));
        assertThat(soorten).containsExactlyInAnyOrder(Signaalsoort.values());
    }

    @Test
    void meldenAanIsDeWoongemeenteNaVerhuizing() {
        // D-0012 moved out of Nijmegen (GM0268) on 2026-02-01; the melding goes to the new municipality
        assertThat(signalen.van(new LeerlingId("D-0012"))).filteredOn(s -> s.soort() == Signaalsoort.VERZUIM_16_UUR)
                .extracting(s -> s.meldenAan().waarde()).containsOnly("GM0202");
    }

    private static boolean klopt(Signaal s, Verwachtsignaal v) {
        return s.soort() == v.soort() && s.einddatum().equals(v.einddatum())
                && Objects.equals(s.begindatum(), v.begindatum())
                && (v.aantal() == 0 || Objects.equals(s.aantal(), v.aantal()));
    }
}
