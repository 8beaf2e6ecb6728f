package nl.inbeeld.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * rules.md 1.12 and uitwisselformaat §3: the RMC / Doorstroompunt population is 18 up to 23 without a
 * startkwalificatie (the RMC articles of the WEB/WVO were not read: SECONDARY). A later startkwalificatie ends it.
 */
class RmcTest {

    @ParameterizedTest(name = "geboren {0}, startkwalificatie {1}, op {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # A14, art. 4b: de dag vóór de 18e verjaardag nog kwalificatieplichtig
            2006-05-01 |            | 2024-04-30 | KWALIFICATIEPLICHTIG
            # A14, rules.md 1.12: 18e verjaardag zonder startkwalificatie → RMC
            2006-05-01 |            | 2024-05-01 | RMC
            # A14, rules.md 1.12: 19 jaar, uitgevallen, geen startkwalificatie → RMC, niet leer- of kwalificatieplichtig
            2006-05-01 |            | 2025-06-01 | RMC
            # A14, rules.md 1.12: de dag vóór de 23e verjaardag
            2006-05-01 |            | 2029-04-30 | RMC
            # A14, rules.md 1.12: de 23e verjaardag → geen groep meer
            2006-05-01 |            | 2029-05-01 | GEEN
            # A14, rules.md 1.12: de dag erna
            2006-05-01 |            | 2029-05-02 | GEEN
            # rules.md 1.12: 20 jaar, de dag vóór het mbo-2-diploma
            2005-03-10 | 2025-06-20 | 2025-06-19 | RMC
            # rules.md 1.12 en art. 1 onder f: op de dag van de startkwalificatie uit de RMC-populatie
            2005-03-10 | 2025-06-20 | 2025-06-20 | GEEN
            # rules.md 1.12: de dag erna
            2005-03-10 | 2025-06-20 | 2025-06-21 | GEEN
            # art. 4b: diploma op de 18e verjaardag, de dag ervoor kwalificatieplichtig
            2007-06-01 | 2025-06-01 | 2025-05-31 | KWALIFICATIEPLICHTIG
            # art. 4b en rules.md 1.12: diploma op de 18e verjaardag → geen RMC
            2007-06-01 | 2025-06-01 | 2025-06-01 | GEEN
            """)
    void status(LocalDate geboren, LocalDate startkwalificatie, LocalDate peildatum, Leerplichtstatus verwacht) {
        assertThat(Proefgevallen.tijdlijn(geboren, startkwalificatie, "nee", null).op(peildatum)).isEqualTo(verwacht);
    }
}
