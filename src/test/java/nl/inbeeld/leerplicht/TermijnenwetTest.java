package nl.inbeeld.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Algemene termijnenwet art. 1 lid 1: a term ending on a Saturday, Sunday or feestdag runs on (spec §7). */
class TermijnenwetTest {

    @ParameterizedTest(name = "{0}: term ends {1} → {2} (Atw off: {3})")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                       | einde      | met Atw    | zonder Atw
            # art. 12: ill from Thursday 2025-09-11, + 2 calendar days = Saturday
            Friday: a working day, unchanged               | 2025-09-12 | 2025-09-12 | 2025-09-12
            Saturday: on to Monday                         | 2025-09-13 | 2025-09-15 | 2025-09-13
            Sunday: on to Monday                           | 2025-09-14 | 2025-09-15 | 2025-09-14
            Monday: unchanged                              | 2025-09-15 | 2025-09-15 | 2025-09-15
            # Friday before Pinksteren 2026 + 2 = Sunday 24 May; Monday 25 May is tweede Pinksterdag
            Pinksteren: Sunday and tweede Pinksterdag      | 2026-05-24 | 2026-05-26 | 2026-05-24
            tweede Pinksterdag itself                      | 2026-05-25 | 2026-05-26 | 2026-05-25
            Kerst: Thursday 25 December 2025 to Monday 29  | 2025-12-25 | 2025-12-29 | 2025-12-25
            Nieuwjaarsdag, a Thursday                      | 2026-01-01 | 2026-01-02 | 2026-01-01
            Koningsdag on Saturday 26 April 2025           | 2025-04-26 | 2025-04-28 | 2025-04-26
            Hemelvaartsdag 2026 to Friday                  | 2026-05-14 | 2026-05-15 | 2026-05-14
            5 mei 2026, a Tuesday                          | 2026-05-05 | 2026-05-06 | 2026-05-05
            # 5 mei and Hemelvaartsdag in a row (2027)
            5 mei and Hemelvaartsdag 2027                  | 2027-05-05 | 2027-05-07 | 2027-05-05
            """)
    void einde(String geval, LocalDate einde, LocalDate metAtw, LocalDate zonderAtw) {
        assertThat(Termijnenwet.AAN.einde(einde)).as(geval).isEqualTo(metAtw);
        assertThat(Termijnenwet.UIT.einde(einde)).as(geval).isEqualTo(zonderAtw);
        assertThat(Termijnenwet.AAN.einde((int) einde.toEpochDay())).isEqualTo((int) metAtw.toEpochDay());
    }

    @ParameterizedTest(name = "{0} werkdag: {1} (Atw off: {2})")
    @CsvSource(delimiter = '|', textBlock = """
            # the melding deadline counts Monday to Friday that are no feestdag (spec §7)
            2025-12-24 | true  | true
            2025-12-25 | false | true
            2025-12-26 | false | true
            2025-12-27 | false | false
            2025-12-29 | true  | true
            2026-04-27 | false | true
            """)
    void werkdag(LocalDate dag, boolean metAtw, boolean zonderAtw) {
        assertThat(Termijnenwet.AAN.isWerkdag(dag)).isEqualTo(metAtw);
        assertThat(Termijnenwet.UIT.isWerkdag(dag)).isEqualTo(zonderAtw);
    }
}
