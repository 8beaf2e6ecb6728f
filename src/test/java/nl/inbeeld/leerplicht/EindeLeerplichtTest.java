package nl.inbeeld.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Art. 3 lid 1 onder a en b, lid 2: leerplicht ends at the end of the school year (31 July) in which the jongere
 * turns 16, or earlier at the end of the school year after which he attended 12 full school years.
 * Loopbaan: "11 na 2024/25" = the leerplichtambtenaar's count; "start 2014/15, basis 7 jaar voltooid" = counted from
 * the first full school year; empty = history unknown, only the age rule applies.
 */
class EindeLeerplichtTest {

    @ParameterizedTest(name = "geboren {0}, loopbaan [{1}] → leerplichtig t/m {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # A7, art. 3 lid 1 onder b: 16 jaar op 15 sep 2025, in schooljaar 2025/26 (12 jaar valt op hetzelfde einde)
            2009-09-15 | 11 na 2024/25                         | 2026-07-31
            # A7, art. 3 lid 1 onder b: zonder bekende loopbaan dezelfde einddatum
            2009-09-15 |                                       | 2026-07-31
            # A8, art. 3 lid 1 onder b: 16 jaar op 20 jul 2025, nog in schooljaar 2024/25
            2009-07-20 |                                       | 2025-07-31
            # A9, art. 3 lid 1 onder b: 16 jaar op 31 jul 2025, de laatste dag van schooljaar 2024/25
            2009-07-31 |                                       | 2025-07-31
            # A9, art. 3 lid 1 onder b: 16 jaar op 1 aug 2025, de eerste dag van schooljaar 2025/26
            2009-08-01 |                                       | 2026-07-31
            # A10, art. 3 lid 1 onder a: 12 volledige schooljaren na 2025/26, nog 15 jaar
            2010-10-05 | 11 na 2024/25                         | 2026-07-31
            # A10, art. 3 lid 1 onder b: zonder loopbaan geldt alleen de leeftijd (16 jaar in 2026/27)
            2010-10-05 |                                       | 2027-07-31
            # A11, art. 3 lid 2: basisschool in 7 jaar telt als 8 → 12 jaar na 2024/25
            2010-09-10 | start 2014/15, basis 7 jaar voltooid  | 2025-07-31
            # art. 3 lid 1 onder a: basisschool in 8 jaar → 12 jaar na 2025/26
            2010-09-10 | start 2014/15, basis 8 jaar voltooid  | 2026-07-31
            # art. 3 lid 1 onder a: basisschool in 9 jaar (doublure) → elk jaar telt, 12 jaar na 2025/26
            2010-09-10 | start 2014/15, basis 9 jaar voltooid  | 2026-07-31
            # art. 3 lid 2 geldt alleen na het doorlopen van de basisschool: 5 jaar, nog niet voltooid, telt als 5
            2010-09-10 | start 2014/15, basis 5 jaar           | 2026-07-31
            # art. 3 lid 1 onder b gaat vóór als 16 eerder komt dan 12 jaar (3 jaar na 2024/25)
            2010-09-10 | 3 na 2024/25                          | 2027-07-31
            """)
    void leerplichtigTotEnMet(LocalDate geboren, String loopbaan, LocalDate verwacht) {
        assertThat(Proefgevallen.tijdlijn(geboren, null, "nee", loopbaan).leerplichtigTotEnMet()).isEqualTo(verwacht);
    }

    @ParameterizedTest(name = "geboren {0}, loopbaan [{1}], op {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # A9, art. 3 lid 1 onder b: geboren 31 jul, de dag vóór het einde
            2009-07-31 |                                      | 2025-07-30 | LEERPLICHTIG
            # A9, art. 3 lid 1 onder b: 31 jul 2025, de 16e verjaardag en laatste leerplichtige dag
            2009-07-31 |                                      | 2025-07-31 | LEERPLICHTIG
            # A9, art. 4b: 1 aug 2025 direct kwalificatieplichtig
            2009-07-31 |                                      | 2025-08-01 | KWALIFICATIEPLICHTIG
            # A9, art. 3 lid 1 onder b: geboren 1 aug, 31 jul 2025 (15 jaar)
            2009-08-01 |                                      | 2025-07-31 | LEERPLICHTIG
            # A9, art. 3 lid 1 onder b: 1 aug 2025, 16e verjaardag in schooljaar 2025/26 → nog een jaar
            2009-08-01 |                                      | 2025-08-01 | LEERPLICHTIG
            # A9, art. 3 lid 1 onder b: 31 jul 2026, laatste leerplichtige dag
            2009-08-01 |                                      | 2026-07-31 | LEERPLICHTIG
            # A9, art. 4b: 1 aug 2026 kwalificatieplichtig
            2009-08-01 |                                      | 2026-08-01 | KWALIFICATIEPLICHTIG
            # A8, art. 3 lid 1 onder b: 31 jul 2025, laatste leerplichtige dag
            2009-07-20 |                                      | 2025-07-31 | LEERPLICHTIG
            # A8, art. 4b: kwalificatieplichtig vanaf 1 aug 2025
            2009-07-20 |                                      | 2025-08-01 | KWALIFICATIEPLICHTIG
            # A10, art. 3 lid 1 onder a: 30 jul 2026, nog leerplichtig
            2010-10-05 | 11 na 2024/25                        | 2026-07-30 | LEERPLICHTIG
            # A10, art. 3 lid 1 onder a: 31 jul 2026, einde van het 12e volledige schooljaar
            2010-10-05 | 11 na 2024/25                        | 2026-07-31 | LEERPLICHTIG
            # A10, art. 4b: 1 aug 2026, 15 jaar en kwalificatieplichtig
            2010-10-05 | 11 na 2024/25                        | 2026-08-01 | KWALIFICATIEPLICHTIG
            # A10, art. 4b: 5 okt 2026, 16e verjaardag, nog steeds kwalificatieplichtig
            2010-10-05 | 11 na 2024/25                        | 2026-10-05 | KWALIFICATIEPLICHTIG
            # A11, art. 3 lid 2: 31 jul 2025, einde 12e (geachte) schooljaar
            2010-09-10 | start 2014/15, basis 7 jaar voltooid | 2025-07-31 | LEERPLICHTIG
            # A11, art. 3 lid 2 en 4b: 1 aug 2025 kwalificatieplichtig, 14 jaar
            2010-09-10 | start 2014/15, basis 7 jaar voltooid | 2025-08-01 | KWALIFICATIEPLICHTIG
            """)
    void statusRondHetEinde(LocalDate geboren, String loopbaan, LocalDate peildatum, Leerplichtstatus verwacht) {
        assertThat(Proefgevallen.tijdlijn(geboren, null, "nee", loopbaan).op(peildatum)).isEqualTo(verwacht);
    }
}
