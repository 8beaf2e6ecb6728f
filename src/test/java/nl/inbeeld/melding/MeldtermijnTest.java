package nl.inbeeld.melding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deadline "onverwijld" = einddatum + 5 working days (rules.md 2.3.3, B1); weekends are skipped. */
class MeldtermijnTest {

    @ParameterizedTest(name = "{0}: einddatum {1} + {2} werkdagen = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                  | einddatum  | werkdagen | deadline
            B1: rules.md 2.3.3/2.3.5, Thu            | 2025-10-02 | 5         | 2025-10-09
            Mon: same week Mon → next Mon            | 2025-10-06 | 5         | 2025-10-13
            Wed: over one weekend                    | 2025-10-01 | 5         | 2025-10-08
            Fri: the weekend does not count          | 2025-10-03 | 5         | 2025-10-10
            Sat: first working day is Monday         | 2025-10-04 | 5         | 2025-10-10
            Sun: first working day is Monday         | 2025-10-05 | 5         | 2025-10-10
            Fri + 1: Monday, not Saturday            | 2025-10-03 | 1         | 2025-10-06
            Thu + 1: Friday                          | 2025-10-02 | 1         | 2025-10-03
            term 0: the einddatum itself             | 2025-10-02 | 0         | 2025-10-02
            term 10: two weekends                    | 2025-10-02 | 10        | 2025-10-16
            over the turn of the year                | 2025-12-31 | 5         | 2026-01-07
            """)
    void deadline(String geval, LocalDate einddatum, int werkdagen, LocalDate deadline) {
        assertThat(Meldtermijn.deadline(einddatum, werkdagen)).as(geval).isEqualTo(deadline);
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
                verzonden, null, null, null, null, null, null, null);
        assertThat(m.teLaat(vandaag)).as(geval).isEqualTo(teLaat);
    }
}
