package nl.inbeeld.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Born on 29 February: in a year without 29 February the law does not say on which day an age is reached
 * (INTERPRETATION, rules.md §1). Setting {@link Schrikkeldag}; default {@link Schrikkeldag#NAAR_1_MAART}.
 */
class SchrikkeldagTest {

    @Test
    void deStandaardIsEenMaart() {
        assertThat(Leerplichtinstellingen.standaard().schrikkeldag()).isEqualTo(Schrikkeldag.NAAR_1_MAART);
    }

    @ParameterizedTest(name = "{0}: geboren {1}, {2} jaar op {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # INTERPRETATIE (standaard): geen 29 feb in 2025 → 5 jaar op 1 maart
            NAAR_1_MAART     | 2020-02-29 |  5 | 2025-03-01
            # INTERPRETATIE (instelling): geen 29 feb in 2025 → 5 jaar op 28 februari
            NAAR_28_FEBRUARI | 2020-02-29 |  5 | 2025-02-28
            # 2024 is een schrikkeljaar: 16 jaar op 29 feb, welke instelling ook
            NAAR_1_MAART     | 2008-02-29 | 16 | 2024-02-29
            # 2024 is een schrikkeljaar: 16 jaar op 29 feb, welke instelling ook
            NAAR_28_FEBRUARI | 2008-02-29 | 16 | 2024-02-29
            # wie niet op 29 feb geboren is, merkt niets van de instelling
            NAAR_28_FEBRUARI | 2020-03-01 |  5 | 2025-03-01
            """)
    void verjaardag(Schrikkeldag schrikkeldag, LocalDate geboren, int leeftijd, LocalDate verwacht) {
        assertThat(schrikkeldag.verjaardag(geboren, leeftijd)).isEqualTo(verwacht);
    }

    @ParameterizedTest(name = "{0}: geboren {1}, op {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # art. 3 lid 1, standaard: 5 jaar op 1 mrt 2025 → april; 28 feb nog geen leerplicht
            NAAR_1_MAART     | 2020-02-29 | 2025-02-28 | GEEN
            # art. 3 lid 1, standaard: ma 3 mrt 2025 nog niet leerplichtig
            NAAR_1_MAART     | 2020-02-29 | 2025-03-03 | GEEN
            # art. 3 lid 1, standaard: de dag vóór de eerste schooldag van april
            NAAR_1_MAART     | 2020-02-29 | 2025-03-31 | GEEN
            # art. 3 lid 1, standaard: leerplichtig vanaf di 1 apr 2025
            NAAR_1_MAART     | 2020-02-29 | 2025-04-01 | LEERPLICHTIG
            # art. 3 lid 1, instelling 28 feb: 5 jaar op 28 feb 2025 → maart; vr 28 feb nog niet
            NAAR_28_FEBRUARI | 2020-02-29 | 2025-02-28 | GEEN
            # art. 3 lid 1, instelling 28 feb: 1 mrt 2025 is een zaterdag
            NAAR_28_FEBRUARI | 2020-02-29 | 2025-03-01 | GEEN
            # art. 3 lid 1, instelling 28 feb: leerplichtig vanaf ma 3 mrt 2025
            NAAR_28_FEBRUARI | 2020-02-29 | 2025-03-03 | LEERPLICHTIG
            # art. 4b, standaard: 18 jaar op 1 mrt 2026, dus 28 feb nog kwalificatieplichtig
            NAAR_1_MAART     | 2008-02-29 | 2026-02-28 | KWALIFICATIEPLICHTIG
            # art. 4b en rules.md 1.12, standaard: 1 mrt 2026 RMC
            NAAR_1_MAART     | 2008-02-29 | 2026-03-01 | RMC
            # art. 4b, instelling 28 feb: 27 feb 2026 nog kwalificatieplichtig
            NAAR_28_FEBRUARI | 2008-02-29 | 2026-02-27 | KWALIFICATIEPLICHTIG
            # art. 4b en rules.md 1.12, instelling 28 feb: 18 jaar op 28 feb 2026 → RMC
            NAAR_28_FEBRUARI | 2008-02-29 | 2026-02-28 | RMC
            # rules.md 1.12, standaard: 23 jaar op 1 mrt 2027, dus 28 feb nog RMC
            NAAR_1_MAART     | 2004-02-29 | 2027-02-28 | RMC
            # rules.md 1.12, standaard: 1 mrt 2027 geen groep meer
            NAAR_1_MAART     | 2004-02-29 | 2027-03-01 | GEEN
            # rules.md 1.12, instelling 28 feb: 27 feb 2027 nog RMC
            NAAR_28_FEBRUARI | 2004-02-29 | 2027-02-27 | RMC
            # rules.md 1.12, instelling 28 feb: 23 jaar op 28 feb 2027
            NAAR_28_FEBRUARI | 2004-02-29 | 2027-02-28 | GEEN
            """)
    void status(Schrikkeldag schrikkeldag, LocalDate geboren, LocalDate peildatum, Leerplichtstatus verwacht) {
        Leerplichttijdlijn tijdlijn = Proefgevallen.tijdlijn(geboren, null, "nee", null,
                new Leerplichtinstellingen(schrikkeldag));
        assertThat(tijdlijn.op(peildatum)).isEqualTo(verwacht);
    }
}
