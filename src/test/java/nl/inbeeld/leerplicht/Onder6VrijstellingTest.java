package nl.inbeeld.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Art. 11a: a child not yet 6 may stay home up to 5 hours a week when the parents tell the head (lid 1), and up to
 * 5 hours more when the head grants that on request (lid 2). Never more than 10 hours a week.
 * Hours are written as durations: PT4H = 4 hours, PT5H30M = 5½ hours.
 */
class Onder6VrijstellingTest {

    @ParameterizedTest(name = "geboren {0}, op {1}: {2}/week, mededeling {3}, hoofd verleende {4} → {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # geboren  | peildatum  | per week | mededeling | hoofd verleende | uitkomst       | artikel
            # A6, art. 11a lid 1: 5 jaar en 3 maanden, 4 uur per week met mededeling aan het hoofd → toegestaan
            2020-03-12 | 2025-06-16 | PT4H     | ja         | PT0S            | Toegestaan     | 11a lid 1
            # art. 11a lid 1: precies 5 uur met mededeling → toegestaan
            2020-03-12 | 2025-06-16 | PT5H     | ja         | PT0S            | Toegestaan     | 11a lid 1
            # art. 11a lid 1: zonder mededeling aan het hoofd geen vrijstelling
            2020-03-12 | 2025-06-16 | PT4H     | nee        | PT0S            | NietToegestaan | 11a lid 1
            # art. 11a lid 2: 5½ uur zonder toestemming van het hoofd → niet toegestaan
            2020-03-12 | 2025-06-16 | PT5H30M  | ja         | PT0S            | NietToegestaan | 11a lid 2
            # A6, art. 11a lid 2: 8 uur per week zonder toestemming van het hoofd → niet toegestaan
            2020-03-12 | 2025-06-16 | PT8H     | ja         | PT0S            | NietToegestaan | 11a lid 2
            # A6, art. 11a lid 2: 8 uur per week, het hoofd verleende 5 uur extra → toegestaan
            2020-03-12 | 2025-06-16 | PT8H     | ja         | PT5H            | Toegestaan     | 11a lid 2
            # art. 11a lid 2: 8 uur per week, het hoofd verleende maar 2 uur extra → niet toegestaan
            2020-03-12 | 2025-06-16 | PT8H     | ja         | PT2H            | NietToegestaan | 11a lid 2
            # art. 11a lid 2: 10 uur per week, het hoofd verleende 5 uur extra → toegestaan
            2020-03-12 | 2025-06-16 | PT10H    | ja         | PT5H            | Toegestaan     | 11a lid 2
            # A6, art. 11a lid 1 en 2: 11 uur per week is nooit toegestaan, ook niet met toestemming
            2020-03-12 | 2025-06-16 | PT11H    | ja         | PT5H            | NietToegestaan | 11a lid 2
            # art. 11a lid 2: het hoofd kan niet meer dan 5 uur extra verlenen
            2020-03-12 | 2025-06-16 | PT11H    | ja         | PT8H            | NietToegestaan | 11a lid 2
            # art. 11a lid 1: de dag vóór de 6e verjaardag geldt de vrijstelling nog
            2020-03-12 | 2026-03-11 | PT4H     | ja         | PT0S            | Toegestaan     | 11a lid 1
            # art. 11a lid 1: op de 6e verjaardag niet meer
            2020-03-12 | 2026-03-12 | PT4H     | ja         | PT0S            | NietToegestaan | 11a lid 1
            # art. 11a lid 1: de dag na de 6e verjaardag niet meer
            2020-03-12 | 2026-03-13 | PT4H     | ja         | PT0S            | NietToegestaan | 11a lid 1
            """)
    void besluit(LocalDate geboren, LocalDate peildatum, Duration perWeek, String mededeling, Duration verleend,
                 String uitkomst, String artikel) {
        Onder6Besluit besluit = Onder6Vrijstelling.beoordeel(geboren, peildatum, perWeek,
                Proefgevallen.jaNee(mededeling), verleend, Leerplichtinstellingen.standaard());

        String[] artikelEnLid = artikel.split(" lid ");
        Wetsartikel verwacht = Wetsartikel.leerplichtwet(artikelEnLid[0], artikelEnLid[1]);
        switch (besluit) {
            case Onder6Besluit.Toegestaan(Wetsartikel grondslag) -> {
                assertThat(uitkomst).isEqualTo("Toegestaan");
                assertThat(grondslag).isEqualTo(verwacht);
            }
            case Onder6Besluit.NietToegestaan(String reden, Wetsartikel grondslag) -> {
                assertThat(uitkomst).as(reden).isEqualTo("NietToegestaan");
                assertThat(grondslag).isEqualTo(verwacht);
                assertThat(reden).isNotBlank();
            }
        }
    }
}
