package nl.inbeeld.aanwezigheid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Spec v1.1 §7: an exemption from the duty to enrol (5A, 5B, 5C) that overlaps an enrolment is a data-quality
 * finding, reported as a warning by file and line; the row is stored, and the import is complete when nothing is
 * rejected. Testmap's L-3 is enrolled at 34CD01 from 2025-11-01.
 */
@SpringBootTest
@ActiveProfiles("test")
class InschrijvingsvrijstellingTest {

    static final String REDEN = "wie is vrijgesteld van de inschrijvingsplicht hoort niet ingeschreven te zijn"
            + " (Leerplichtwet art. 5, 15a); de rij is opgeslagen";

    @Autowired Inlezen inlezen;
    @Autowired JdbcClient jdbc;
    @TempDir Path tmp;

    @BeforeEach
    void leeg() {
        Testmap.leeg(jdbc);
    }

    private Inleesresultaat lees(String vrijstellingen, boolean gedeeltelijk) {
        Map<String, String> m = Testmap.geldig();
        m.put("vrijstellingen.csv", "leerling_id,grond,van,tot_en_met,kennisgeving_op\n" + vrijstellingen);
        return inlezen.lees(Testmap.schrijf(tmp.resolve("map"), m), gedeeltelijk, "test:jan");
    }

    @Test
    void art5OverEenInschrijvingIsEenWaarschuwingGeenAfkeuring() {
        var r = lees("L-3,5A,2025-09-01,2026-07-31,2025-08-20\n", false);

        assertThat(r.afkeuringen()).isEmpty();
        assertThat(r.volledig()).isTrue();
        assertThat(r.waarschuwingen()).extracting(Waarschuwing::alsTekst).containsExactly("vrijstellingen.csv:2:"
                + " vrijstelling 5A (2025-09-01 t/m 2026-07-31) overlapt de inschrijving bij school 34CD01 (vanaf"
                + " 2025-11-01): " + REDEN);
        assertThat(jdbc.sql("select count(*) from vrijstelling").query(Long.class).single()).isEqualTo(1);
        assertThat(r.toString()).endsWith("; waarschuwingen: 1");
    }

    @Test
    void deDagVoorDeInschrijvingOpDeDagEnOpen() {
        var r = lees("""
                L-3,5B,2025-08-01,2025-10-31,
                L-3,5C,2025-11-01,2025-11-01,
                L-2,5A,2026-07-31,,
                L-2,5B,2026-08-01,,
                """, false);

        // line 2 ends the day before the enrolment; line 5 starts the day after L-2's enrolment ends
        assertThat(r.waarschuwingen()).extracting(Waarschuwing::regel).containsExactly(3L, 4L);
        assertThat(r.waarschuwingen().get(0).tekst()).startsWith("vrijstelling 5C (2025-11-01 t/m 2025-11-01) overlapt"
                + " de inschrijving bij school 34CD01 (vanaf 2025-11-01)");
        assertThat(r.waarschuwingen().get(1).tekst()).startsWith("vrijstelling 5A (vanaf 2026-07-31) overlapt de"
                + " inschrijving bij school 12AB00 (2025-08-01 t/m 2026-07-31)");
    }

    @Test
    void andereGrondenGevenGeenWaarschuwing() {
        var r = lees("L-3,15,2025-09-01,2026-07-31,\nL-3,3A,2025-09-01,2026-07-31,\nL-1,3B,2025-09-01,,\n", false);
        assertThat(r.waarschuwingen()).isEmpty();
        assertThat(r.volledig()).isTrue();
    }

    @Test
    void eenEerderOpgeslagenInschrijvingTeltOok() {
        lees("", false);
        Map<String, String> alleenVrijstelling = new java.util.LinkedHashMap<>();
        alleenVrijstelling.put("vrijstellingen.csv", "leerling_id,grond,van,tot_en_met,kennisgeving_op\nL-1,5C,2026-01-05,,\n");
        var r = inlezen.lees(Testmap.schrijf(tmp.resolve("tweede"), alleenVrijstelling), false, "test:jan");
        assertThat(r.waarschuwingen()).extracting(Waarschuwing::alsTekst).containsExactly("vrijstellingen.csv:2:"
                + " vrijstelling 5C (vanaf 2026-01-05) overlapt de inschrijving bij school 12AB00 (vanaf 2025-08-01): "
                + REDEN);
    }

    @Test
    void hetInleesrapportNoemtDeWaarschuwing() throws Exception {
        var r = lees("L-3,5A,2025-09-01,2026-07-31,2025-08-20\nL-9,5A,2025-09-01,,\n", true);

        assertThat(r.afkeuringen()).hasSize(1);
        assertThat(r.waarschuwingen()).hasSize(1);
        var rapport = Files.readAllLines(tmp.resolve("map").resolve("inleesrapport.txt"));
        assertThat(rapport).contains("1 waarschuwingen (de rijen zijn opgeslagen):", r.waarschuwingen().getFirst().alsTekst());
    }
}
