package nl.inbeeld.verzuim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import nl.inbeeld.leerling.LeerlingId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Spec v1.1 §7: the stored exemptions reach detection. A pupil of 16 (kwalificatieplichtig in 2025/26) reaches 16
 * hours in four lesweken; with an art. 15 exemption over two of those days the signal does not arise, in the small
 * path and in the bulk path alike; a 3A exemption over the same days changes nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
class VrijstellingInDetectieTest {

    static final LeerlingId L = new LeerlingId("L-0016");

    @Autowired JdbcClient jdbc;
    @Autowired Signaaldetectie detectie;

    @BeforeEach
    void administratie() {
        jdbc.sql("truncate school, kalender, leerling, inschrijving, absentie, bevolking, vrijstelling, signaal, wijziging cascade")
                .update();
        jdbc.sql("""
                insert into school values ('12AB00', 'Het Baken', 'VO', 'GM0344', 'MIDDEN', 360);
                insert into kalender values ('12AB00', '2025-10-18', '2025-10-26', 'VAKANTIE', 'herfstvakantie');
                insert into leerling values ('L-0016', '2009-03-15', 'GM0344', null);
                insert into inschrijving values ('L-0016', '12AB00', '2025-08-25', null);
                insert into absentie (leerling_id, school_id, datum, code, minuten, vastgelegd_door, vastgelegd_op) values
                  ('L-0016', '12AB00', '2025-09-08', 'ONGEOORLOOFD', 240, 'test', now()),
                  ('L-0016', '12AB00', '2025-09-17', 'ONGEOORLOOFD', 240, 'test', now()),
                  ('L-0016', '12AB00', '2025-09-23', 'ONGEOORLOOFD', 240, 'test', now()),
                  ('L-0016', '12AB00', '2025-10-02', 'ONGEOORLOOFD', 240, 'test', now())
                """).update();
    }

    List<String> signalen() {
        return jdbc.sql("select soort || ' ' || begindatum || ' ' || einddatum from signaal where leerling_id = ?"
                + " order by einddatum, soort").param(L.waarde()).query(String.class).list();
    }

    @Test
    void zonderVrijstellingHetSignaal() {
        detectie.herbereken(Set.of(L));
        assertThat(signalen()).containsExactly("VERZUIM_16_UUR 2025-09-08 2025-10-02");
    }

    @Test
    void art15HaaltDeDagenUitDeKwalificatieplicht() {
        jdbc.sql("insert into vrijstelling values ('L-0016', '15', '2025-09-17', '2025-09-23', '2025-09-01')").update();
        detectie.herbereken(Set.of(L));
        assertThat(signalen()).isEmpty();

        // the exemption ends a day earlier: 2025-09-23 counts again, and the signal arises with the next 4 hours
        jdbc.sql("update vrijstelling set tot_en_met = '2025-09-22'").update();
        jdbc.sql("""
                insert into absentie (leerling_id, school_id, datum, code, minuten, vastgelegd_door, vastgelegd_op)
                values ('L-0016', '12AB00', '2025-10-03', 'ONGEOORLOOFD', 240, 'test', now())""").update();
        detectie.herbereken(Set.of(L));
        assertThat(signalen()).containsExactly("VERZUIM_16_UUR 2025-09-08 2025-10-03");
    }

    @Test
    void art3aVerandertNiets() {
        jdbc.sql("insert into vrijstelling values ('L-0016', '3A', '2025-09-17', '2025-09-23', '2025-09-01')").update();
        detectie.herbereken(Set.of(L));
        assertThat(signalen()).containsExactly("VERZUIM_16_UUR 2025-09-08 2025-10-02");
    }

    @Test
    void grootPadLeestDeVrijstellingOok() {
        jdbc.sql("insert into vrijstelling values ('L-0016', '15', '2025-09-17', '2025-09-23', '2025-09-01')").update();
        jdbc.sql("""
                insert into absentie (leerling_id, school_id, datum, code, minuten, vastgelegd_door, vastgelegd_op)
                values ('L-0016', '12AB00', '2025-10-03', 'ONGEOORLOOFD', 240, 'test', now()),
                       ('L-0016', '12AB00', '2025-10-06', 'ONGEOORLOOFD', 240, 'test', now()),
                       ('L-0016', '12AB00', '2025-10-07', 'ONGEOORLOOFD', 240, 'test', now())""").update();
        List<LeerlingId> veel = new ArrayList<>(List.of(L));
        IntStream.range(0, 10_000).mapToObj(i -> new LeerlingId("X-" + i)).forEach(veel::add);
        detectie.herbereken(veel);
        // 2025-09-17 and 2025-09-23 do not count; by 2025-10-06 the lesweek of 2025-09-08 has left the window
        assertThat(signalen()).containsExactly("VERZUIM_16_UUR 2025-10-02 2025-10-07");
    }
}
