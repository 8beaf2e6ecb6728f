package nl.inbeeld.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Art. 4a–4b: kwalificatieplicht starts directly after leerplicht and ends when the jongere turns 18 or obtains a
 * startkwalificatie (art. 1 onder f: MBO 2–4, HAVO, VWO); art. 4a lid 2: not for praktijkonderwijs diploma holders
 * and VSO uitstroomprofiel arbeidsmarkt or dagbesteding. A startkwalificatie does not end full-time leerplicht
 * (art. 3 names only age and school years).
 */
class KwalificatieplichtTest {

    @ParameterizedTest(name = "geboren {0}, startkwalificatie {1}, vrij {2}, op {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # A7, art. 3 lid 1 onder b: laatste leerplichtige dag
            2009-09-15 |            | nee | 2026-07-31 | LEERPLICHTIG
            # A7, art. 4b: kwalificatieplicht begint direct na de leerplicht
            2009-09-15 |            | nee | 2026-08-01 | KWALIFICATIEPLICHTIG
            # A7, art. 4b: de dag vóór de 18e verjaardag
            2009-09-15 |            | nee | 2027-09-14 | KWALIFICATIEPLICHTIG
            # A7, art. 4b: de 18e verjaardag beëindigt de kwalificatieplicht; zonder startkwalificatie: RMC
            2009-09-15 |            | nee | 2027-09-15 | RMC
            # A7, rules.md 1.12: de dag na de 18e verjaardag
            2009-09-15 |            | nee | 2027-09-16 | RMC
            # A12, art. 4b: 17 jaar, de dag vóór het havodiploma
            2009-01-20 | 2026-07-10 | nee | 2026-07-09 | KWALIFICATIEPLICHTIG
            # A12, art. 4b en 1 onder f: op de dag van het havodiploma in geen enkele groep
            2009-01-20 | 2026-07-10 | nee | 2026-07-10 | GEEN
            # A12, art. 4b: de dag erna
            2009-01-20 | 2026-07-10 | nee | 2026-07-11 | GEEN
            # A12, rules.md 1.12: met startkwalificatie op de 18e verjaardag geen RMC
            2009-01-20 | 2026-07-10 | nee | 2027-01-20 | GEEN
            # A13, art. 3 lid 1 onder b: VSO dagbesteding, laatste leerplichtige dag
            2008-11-01 |            | ja  | 2025-07-31 | LEERPLICHTIG
            # A13, art. 4a lid 2: VSO uitstroomprofiel dagbesteding, niet kwalificatieplichtig
            2008-11-01 |            | ja  | 2025-08-01 | GEEN
            # A13, art. 4a lid 2: 17 jaar, niet kwalificatieplichtig (geen absoluut verzuim als niet ingeschreven)
            2008-11-01 |            | ja  | 2026-01-15 | GEEN
            # A13, art. 4a lid 2: de dag vóór de 18e verjaardag
            2008-11-01 |            | ja  | 2026-10-31 | GEEN
            # A13, rules.md 1.12 (INTERPRETATIE): geen startkwalificatie, dus vanaf 18 in de RMC-populatie
            2008-11-01 |            | ja  | 2026-11-01 | RMC
            # art. 3: een havodiploma tijdens de volledige leerplicht beëindigt die niet (dag ervoor)
            2010-03-01 | 2026-06-15 | nee | 2026-06-14 | LEERPLICHTIG
            # art. 3: op de dag van het diploma nog steeds leerplichtig
            2010-03-01 | 2026-06-15 | nee | 2026-06-15 | LEERPLICHTIG
            # art. 3 lid 1 onder b: tot en met 31 jul van het schooljaar van de 16e verjaardag
            2010-03-01 | 2026-06-15 | nee | 2026-07-31 | LEERPLICHTIG
            # art. 4a lid 1 onder b: daarna niet kwalificatieplichtig, want startkwalificatie behaald
            2010-03-01 | 2026-06-15 | nee | 2026-08-01 | GEEN
            # rules.md 1.12: ook op 18 geen RMC
            2010-03-01 | 2026-06-15 | nee | 2028-03-01 | GEEN
            # art. 4a lid 1 onder b: diploma op de eerste dag na de leerplicht → geen dag kwalificatieplicht
            2009-01-20 | 2025-08-01 | nee | 2025-08-01 | GEEN
            # art. 3 lid 1 onder b: de dag daarvoor nog leerplichtig
            2009-01-20 | 2025-08-01 | nee | 2025-07-31 | LEERPLICHTIG
            """)
    void status(LocalDate geboren, LocalDate startkwalificatie, String vrij, LocalDate peildatum,
                Leerplichtstatus verwacht) {
        assertThat(Proefgevallen.tijdlijn(geboren, startkwalificatie, vrij, null).op(peildatum)).isEqualTo(verwacht);
    }
}
