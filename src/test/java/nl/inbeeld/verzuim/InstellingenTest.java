package nl.inbeeld.verzuim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerplicht.Leerplichtinstellingen;
import nl.inbeeld.leerplicht.Schrikkeldag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The settings the docs call configurable are read from the configuration, not from a constant: with the 29 February
 * choice NAAR_28_FEBRUARI and the Algemene termijnenwet off, detection against the database follows both.
 */
@SpringBootTest(properties = {"inbeeld.leerplicht.schrikkeldag=NAAR_28_FEBRUARI",
        "inbeeld.leerplicht.algemene-termijnenwet=false"})
@ActiveProfiles("test")
class InstellingenTest {

    @Autowired JdbcClient jdbc;
    @Autowired Signaaldetectie detectie;
    @Autowired Leerplichtinstellingen instellingen;

    @BeforeEach
    void administratie() {
        jdbc.sql("truncate school, kalender, leerling, inschrijving, absentie, bevolking, signaal, wijziging cascade").update();
        jdbc.sql("""
                insert into school values ('12AB00', 'De Regenboog', 'PO', 'GM0344', 'MIDDEN', 300);
                insert into leerling values ('L-0001', '2020-02-29', 'GM0344', null), ('L-0002', '2015-04-01', 'GM0344', null);
                insert into inschrijving values ('L-0001', '12AB00', '2024-08-26', null), ('L-0002', '12AB00', '2025-08-25', null);
                insert into absentie (leerling_id, school_id, datum, code, minuten, gemeld_op, vastgelegd_door, vastgelegd_op) values
                  ('L-0001', '12AB00', '2025-03-10', 'LUXE', 300, null, 'test', now()),
                  ('L-0002', '12AB00', '2025-09-11', 'ZIEK', 300, '2025-09-15', 'test', now())
                """).update();
        detectie.herbereken(Set.of(new LeerlingId("L-0001"), new LeerlingId("L-0002")));
    }

    @Test
    void instellingenKomenUitDeConfiguratie() {
        assertThat(instellingen.schrikkeldag()).isEqualTo(Schrikkeldag.NAAR_28_FEBRUARI);
        assertThat(instellingen.algemeneTermijnenwet()).isFalse();
    }

    @Test
    void detectieVolgtDeInstellingen() {
        List<String> signalen = jdbc.sql("select leerling_id || ' ' || soort || ' ' || einddatum from signaal order by 1")
                .query(String.class).list();
        // born 29 Feb 2020: 5 on 28 Feb 2025 under NAAR_28_FEBRUARI, so leerplichtig from Mon 3 March 2025 and the
        // luxe day of 10 March counts (under the default NAAR_1_MAART only from 1 April: no signal)
        // ill Thu 11 Sep 2025, notified Mon 15 Sep: late in plain calendar days (on time with the Atw)
        assertThat(signalen).containsExactly("L-0001 LUXE_VERZUIM 2025-03-10", "L-0002 ZIEKMELDING_TE_LAAT 2025-09-15");
    }
}
