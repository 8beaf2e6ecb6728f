package nl.inbeeld.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Art. 3 lid 1 aanhef: leerplicht begins "op de eerste schooldag van de maand volgende op die waarin de jongere de
 * leeftijd van vijf jaar bereikt". Calendar: {@link Proefkalender} (rules.md §13).
 */
class BeginLeerplichtTest {

    @ParameterizedTest(name = "geboren {0} → leerplichtig vanaf {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # A1, art. 3 lid 1: 5 jaar op 2 sep 2015 → eerste schooldag van oktober (do 1 okt 2015)
            2010-09-02 | 2015-10-01
            # A2, art. 3 lid 1: 5 jaar op 12 mrt 2025 → di 1 apr 2025 is een lesdag
            2020-03-12 | 2025-04-01
            # A3, art. 3 lid 1: 1 nov 2025 is een zaterdag → eerste schooldag ma 3 nov 2025
            2020-10-31 | 2025-11-03
            # A4, art. 3 lid 1: school dicht t/m vr 2 jan 2026 (kerstvakantie) → ma 5 jan 2026
            2020-12-15 | 2026-01-05
            # A5, art. 3 lid 1: 5 jaar op 30 sep → pas vanaf wo 1 okt 2025, niet vanaf 30 sep
            2020-09-30 | 2025-10-01
            # art. 3 lid 1: 5 jaar op de 1e van de maand → toch pas de maand daarna (1 nov 2025 is een zaterdag)
            2020-10-01 | 2025-11-03
            # art. 3 lid 1: 1 aug 2025 valt in de zomervakantie → eerste schooldag 2025/26 is ma 25 aug 2025
            2020-07-15 | 2025-08-25
            """)
    void leerplichtigVanaf(LocalDate geboren, LocalDate verwacht) {
        assertThat(Leerplicht.tijdlijn(Jongere.geboren(geboren), Proefkalender.KALENDER,
                Leerplichtinstellingen.standaard()).leerplichtigVanaf()).isEqualTo(verwacht);
    }

    @ParameterizedTest(name = "geboren {0}, op {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # A5, art. 3 lid 1: op de 5e verjaardag (30 sep) ingeschreven maar nog niet leerplichtig, geen meldplicht
            2020-09-30 | 2025-09-29 | GEEN
            # A5, art. 3 lid 1: de verjaardag zelf telt niet
            2020-09-30 | 2025-09-30 | GEEN
            # A5, art. 3 lid 1: eerste schooldag van oktober
            2020-09-30 | 2025-10-01 | LEERPLICHTIG
            # A5, art. 3 lid 1: de dag daarna
            2020-09-30 | 2025-10-02 | LEERPLICHTIG
            # A2, art. 3 lid 1: de dag vóór de eerste schooldag van april
            2020-03-12 | 2025-03-31 | GEEN
            # A2, art. 3 lid 1: eerste schooldag van april
            2020-03-12 | 2025-04-01 | LEERPLICHTIG
            # A2, art. 3 lid 1: de dag daarna
            2020-03-12 | 2025-04-02 | LEERPLICHTIG
            # A3, art. 3 lid 1: za 1 nov is geen schooldag
            2020-10-31 | 2025-11-01 | GEEN
            # A3, art. 3 lid 1: zo 2 nov is geen schooldag
            2020-10-31 | 2025-11-02 | GEEN
            # A3, art. 3 lid 1: ma 3 nov is de eerste schooldag
            2020-10-31 | 2025-11-03 | LEERPLICHTIG
            # A3, art. 3 lid 1: de dag daarna
            2020-10-31 | 2025-11-04 | LEERPLICHTIG
            # A4, art. 3 lid 1: 1 jan 2026 valt in de kerstvakantie
            2020-12-15 | 2026-01-01 | GEEN
            # A4, art. 3 lid 1: vr 2 jan 2026, school nog dicht
            2020-12-15 | 2026-01-02 | GEEN
            # A4, art. 3 lid 1: ma 5 jan 2026, eerste schooldag van januari
            2020-12-15 | 2026-01-05 | LEERPLICHTIG
            # A4, art. 3 lid 1: de dag daarna
            2020-12-15 | 2026-01-06 | LEERPLICHTIG
            """)
    void statusRondHetBegin(LocalDate geboren, LocalDate peildatum, Leerplichtstatus verwacht) {
        assertThat(Proefgevallen.tijdlijn(geboren, null, "nee", null).op(peildatum)).isEqualTo(verwacht);
    }
}
