package nl.inbeeld.melding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.inbeeld.leerplicht.Termijnenwet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The deadline "onverwijld" = einddatum + 5 working days (rules.md 2.3.3, B1); weekends are skipped, and feestdagen
 * of the Algemene termijnenwet while that setting is on (spec §7, the default).
 */
class MeldtermijnTest {

    @ParameterizedTest(name = "{0}: einddatum {1} + {2} werkdagen = {3} (Atw off: {4})")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                  | einddatum  | werkdagen | deadline   | Atw off
            B1: rules.md 2.3.3/2.3.5, Thu            | 2025-10-02 | 5         | 2025-10-09 | 2025-10-09
            Mon: same week Mon → next Mon            | 2025-10-06 | 5         | 2025-10-13 | 2025-10-13
            Wed: over one weekend                    | 2025-10-01 | 5         | 2025-10-08 | 2025-10-08
            Fri: the weekend does not count          | 2025-10-03 | 5         | 2025-10-10 | 2025-10-10
            Sat: first working day is Monday         | 2025-10-04 | 5         | 2025-10-10 | 2025-10-10
            Sun: first working day is Monday         | 2025-10-05 | 5         | 2025-10-10 | 2025-10-10
            Fri + 1: Monday, not Saturday            | 2025-10-03 | 1         | 2025-10-06 | 2025-10-06
            Thu + 1: Friday                          | 2025-10-02 | 1         | 2025-10-03 | 2025-10-03
            term 0: the einddatum itself             | 2025-10-02 | 0         | 2025-10-02 | 2025-10-02
            term 10: two weekends                    | 2025-10-02 | 10        | 2025-10-16 | 2025-10-16
            # spec §7 (Atw): working days are Mon-Fri that are no feestdag; both Kerstdagen 2025 fall on Thu/Fri
            Thu 18 Dec, the day before               | 2025-12-18 | 5         | 2025-12-29 | 2025-12-25
            Fri 19 Dec 2025: over both Kerstdagen    | 2025-12-19 | 5         | 2025-12-30 | 2025-12-26
            Sat 20 Dec, the day after                | 2025-12-20 | 5         | 2025-12-30 | 2025-12-26
            over the turn of the year (1 Jan a Thu)  | 2025-12-31 | 5         | 2026-01-08 | 2026-01-07
            Fri before Koningsdag (Mon 27 Apr 2026)  | 2026-04-24 | 1         | 2026-04-28 | 2026-04-27
            Mon before 5 mei 2026 (a Tuesday)        | 2026-05-04 | 1         | 2026-05-06 | 2026-05-05
            Wed before Hemelvaartsdag 2026           | 2026-05-13 | 1         | 2026-05-15 | 2026-05-14
            Fri before Pinksteren 2026               | 2026-05-22 | 1         | 2026-05-26 | 2026-05-25
            """)
    void deadline(String geval, LocalDate einddatum, int werkdagen, LocalDate deadline, LocalDate zonderAtw) {
        assertThat(Meldtermijn.deadline(einddatum, werkdagen, Termijnenwet.AAN)).as(geval).isEqualTo(deadline);
        assertThat(Meldtermijn.deadline(einddatum, werkdagen, Termijnenwet.UIT)).as(geval).isEqualTo(zonderAtw);
    }

    @ParameterizedTest(name = "{0}: deadline {1}, verzonden {2}, vandaag {3} → te laat {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                  | deadline   | verzonden  | vandaag    | teLaat
            concept, the day before the deadline     | 2025-10-09 | -          | 2025-10-08 | false
            concept, on the deadline                 | 2025-10-09 | -          | 2025-10-09 | false
            concept, the day after                   | 2025-10-09 | -          | 2025-10-10 | true
            sent on the deadline                     | 2025-10-09 | 2025-10-09 | 2025-11-01 | false
            sent the day after the deadline          | 2025-10-09 | 2025-10-10 | 2025-11-01 | true
            overig: no deadline, never late          | -          | -          | 2030-01-01 | false
            """)
    void teLaat(String geval, LocalDate deadline, LocalDate verzonden, LocalDate vandaag, boolean teLaat) {
        var m = new Verzuimmelding(1, deadline == null ? Meldingsoort.OVERIG : Meldingsoort.VERZUIM_16_UUR,
                new nl.inbeeld.leerling.LeerlingId("L-1"), new nl.inbeeld.school.SchoolId("21AB00"),
                new nl.inbeeld.school.Gemeentecode("GM0202"), LocalDate.of(2025, 9, 8), LocalDate.of(2025, 10, 2), 960,
                LocalDate.of(2025, 10, 2), null, null, null,
                verzonden == null ? Meldingstatus.CONCEPT : Meldingstatus.VERZONDEN, deadline, LocalDate.of(2025, 10, 2),
                verzonden, null, null, null, null, null, null, null, null);
        assertThat(m.teLaat(vandaag)).as(geval).isEqualTo(teLaat);
    }
}
