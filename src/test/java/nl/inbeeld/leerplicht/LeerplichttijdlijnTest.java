package nl.inbeeld.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The boundary dates of whole lives: what the leerplichtambtenaar sees on a jongere's card. */
class LeerplichttijdlijnTest {

    @ParameterizedTest(name = "geboren {0}: leerplichtig {4} t/m {5}, kwalificatieplichtig t/m {6}, RMC {7} t/m {8}")
    @CsvSource(delimiter = '|', textBlock = """
            # geboren  | startkwal. | vrij | loopbaan      | leerpl. vanaf | leerpl. t/m | kwal. t/m  | RMC vanaf  | RMC t/m
            # A7, art. 3 lid 1, art. 4b, rules.md 1.12: het hele traject
            2009-09-15 |            | nee  | 11 na 2024/25 | 2014-10-01    | 2026-07-31  | 2027-09-14 | 2027-09-15 | 2032-09-14
            # A12, art. 4b: startkwalificatie op 10 jul 2026 beëindigt kwalificatieplicht, geen RMC (1 feb 2014 is een zaterdag)
            2009-01-20 | 2026-07-10 | nee  |               | 2014-02-03    | 2025-07-31  | 2026-07-09 |            |
            # A13, art. 4a lid 2: geen kwalificatieplicht; RMC vanaf 18 (INTERPRETATIE) (1 dec 2013 is een zondag)
            2008-11-01 |            | ja   |               | 2013-12-02    | 2025-07-31  |            | 2026-11-01 | 2031-10-31
            # A14, rules.md 1.12: RMC tot de 23e verjaardag
            2006-05-01 |            | nee  |               | 2011-06-01    | 2022-07-31  | 2024-04-30 | 2024-05-01 | 2029-04-30
            # art. 3: startkwalificatie tijdens de leerplicht; daarna niets
            2010-03-01 | 2026-06-15 | nee  |               | 2015-04-01    | 2026-07-31  |            |            |
            # A10, art. 3 lid 1 onder a: 12 schooljaren op 15-jarige leeftijd
            2010-10-05 |            | nee  | 11 na 2024/25 | 2015-11-02    | 2026-07-31  | 2028-10-04 | 2028-10-05 | 2033-10-04
            """)
    void grenzen(LocalDate geboren, LocalDate startkwalificatie, String vrij, String loopbaan,
                 LocalDate leerplichtigVanaf, LocalDate leerplichtigTotEnMet, LocalDate kwalificatieplichtigTotEnMet,
                 LocalDate rmcVanaf, LocalDate rmcTotEnMet) {
        Leerplichttijdlijn tijdlijn = Proefgevallen.tijdlijn(geboren, startkwalificatie, vrij, loopbaan);
        assertThat(tijdlijn.leerplichtigVanaf()).isEqualTo(leerplichtigVanaf);
        assertThat(tijdlijn.leerplichtigTotEnMet()).isEqualTo(leerplichtigTotEnMet);
        assertThat(tijdlijn.kwalificatieplichtigTotEnMet()).isEqualTo(kwalificatieplichtigTotEnMet);
        assertThat(tijdlijn.kwalificatieplichtigVanaf())
                .isEqualTo(kwalificatieplichtigTotEnMet == null ? null : leerplichtigTotEnMet.plusDays(1));
        assertThat(tijdlijn.rmcVanaf()).isEqualTo(rmcVanaf);
        assertThat(tijdlijn.rmcTotEnMet()).isEqualTo(rmcTotEnMet);
        assertThat(tijdlijn.wet()).isEqualTo(Leerplichtwet.VERSIE_2024_01_01);
    }

    @Test
    void opEenEpochdagIsHetzelfdeAlsOpEenDatum() {
        Leerplichttijdlijn tijdlijn = Proefgevallen.tijdlijn(LocalDate.of(2009, 9, 15), null, "nee", null);
        for (LocalDate d = LocalDate.of(2014, 1, 1); d.isBefore(LocalDate.of(2033, 1, 1)); d = d.plusDays(1)) {
            assertThat(tijdlijn.op(d.toEpochDay())).isEqualTo(tijdlijn.op(d));
        }
    }

    @Test
    void eenTegenstrijdigeTellingGeeftEenLegeLeerplicht() {
        // 12 schooljaren al voltooid vóór de leerplicht begint: geen fout, maar geen leerplichtige dag
        Leerplichttijdlijn tijdlijn = Proefgevallen.tijdlijn(LocalDate.of(2010, 1, 10), null, "nee", "12 na 2012/13");
        assertThat(tijdlijn.op(LocalDate.of(2015, 2, 2))).isEqualTo(Leerplichtstatus.KWALIFICATIEPLICHTIG);
        assertThat(tijdlijn.op(LocalDate.of(2015, 1, 30))).isEqualTo(Leerplichtstatus.GEEN);
    }
}
