package nl.inbeeld.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import nl.inbeeld.leerplicht.Feestdagen.Feestdag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The feestdagen of the Algemene termijnenwet art. 3 lid 1, computed per year (spec §7). */
class FeestdagenTest {

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # Atw art. 3 lid 1; Easter 2025-04-20, 2026-04-05, 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21
            # tweede Paasdag = Easter + 1, Hemelvaartsdag = Easter + 39, tweede Pinksterdag = Easter + 50
            2025 | NIEUWJAARSDAG      | 2025-01-01
            2025 | TWEEDE_PAASDAG     | 2025-04-21
            # 27 April 2025 is a Sunday: Koningsdag is celebrated on Saturday the 26th
            2025 | KONINGSDAG         | 2025-04-26
            2025 | BEVRIJDINGSDAG     | 2025-05-05
            2025 | HEMELVAARTSDAG     | 2025-05-29
            2025 | TWEEDE_PINKSTERDAG | 2025-06-09
            2025 | EERSTE_KERSTDAG    | 2025-12-25
            2025 | TWEEDE_KERSTDAG    | 2025-12-26
            2026 | NIEUWJAARSDAG      | 2026-01-01
            2026 | TWEEDE_PAASDAG     | 2026-04-06
            2026 | KONINGSDAG         | 2026-04-27
            2026 | BEVRIJDINGSDAG     | 2026-05-05
            2026 | HEMELVAARTSDAG     | 2026-05-14
            2026 | TWEEDE_PINKSTERDAG | 2026-05-25
            2026 | EERSTE_KERSTDAG    | 2026-12-25
            2026 | TWEEDE_KERSTDAG    | 2026-12-26
            2027 | NIEUWJAARSDAG      | 2027-01-01
            # early Easter: tweede Paasdag in March
            2027 | TWEEDE_PAASDAG     | 2027-03-29
            2027 | KONINGSDAG         | 2027-04-27
            2027 | BEVRIJDINGSDAG     | 2027-05-05
            # Hemelvaartsdag the day after 5 mei
            2027 | HEMELVAARTSDAG     | 2027-05-06
            2027 | TWEEDE_PINKSTERDAG | 2027-05-17
            2027 | EERSTE_KERSTDAG    | 2027-12-25
            2027 | TWEEDE_KERSTDAG    | 2027-12-26
            2028 | NIEUWJAARSDAG      | 2028-01-01
            2028 | TWEEDE_PAASDAG     | 2028-04-17
            2028 | KONINGSDAG         | 2028-04-27
            2028 | BEVRIJDINGSDAG     | 2028-05-05
            2028 | HEMELVAARTSDAG     | 2028-05-25
            2028 | TWEEDE_PINKSTERDAG | 2028-06-05
            2028 | EERSTE_KERSTDAG    | 2028-12-25
            2028 | TWEEDE_KERSTDAG    | 2028-12-26
            2029 | NIEUWJAARSDAG      | 2029-01-01
            2029 | TWEEDE_PAASDAG     | 2029-04-02
            2029 | KONINGSDAG         | 2029-04-27
            2029 | BEVRIJDINGSDAG     | 2029-05-05
            2029 | HEMELVAARTSDAG     | 2029-05-10
            2029 | TWEEDE_PINKSTERDAG | 2029-05-21
            2029 | EERSTE_KERSTDAG    | 2029-12-25
            2029 | TWEEDE_KERSTDAG    | 2029-12-26
            2030 | NIEUWJAARSDAG      | 2030-01-01
            2030 | TWEEDE_PAASDAG     | 2030-04-22
            # 27 April 2030 is a Saturday: Koningsdag stays on the 27th (only a Sunday moves it)
            2030 | KONINGSDAG         | 2030-04-27
            2030 | BEVRIJDINGSDAG     | 2030-05-05
            2030 | HEMELVAARTSDAG     | 2030-05-30
            2030 | TWEEDE_PINKSTERDAG | 2030-06-10
            2030 | EERSTE_KERSTDAG    | 2030-12-25
            2030 | TWEEDE_KERSTDAG    | 2030-12-26
            # the next Sundays on 27 April
            2031 | KONINGSDAG         | 2031-04-26
            2036 | KONINGSDAG         | 2036-04-26
            """)
    void feestdag(int jaar, Feestdag feestdag, LocalDate datum) {
        assertThat(Feestdagen.in(jaar)).containsEntry(feestdag, datum);
        assertThat(Feestdagen.isFeestdag(datum)).isTrue();
    }

    /** Every day of the year: a feestdag exactly when it is one of the eight of that year. */
    @ParameterizedTest
    @ValueSource(ints = {2025, 2026, 2027, 2028, 2029, 2030, 2031, 2036})
    void geenAndereDagIsFeestdag(int jaar) {
        Set<LocalDate> verwacht = new HashSet<>(Feestdagen.in(jaar).values());
        assertThat(verwacht).hasSize(8);
        for (LocalDate d = LocalDate.of(jaar, 1, 1); d.getYear() == jaar; d = d.plusDays(1)) {
            assertThat(Feestdagen.isFeestdag(d)).as(d.toString()).isEqualTo(verwacht.contains(d));
        }
    }

    @ParameterizedTest(name = "{0} feestdag: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # Koningsdag on a Sunday (27 April 2025): the day before, on and after both days
            2025-04-25 | false
            2025-04-26 | true
            2025-04-27 | false
            2025-04-28 | false
            # Koningsdag on a Monday (2026): Saturday the 25th and Sunday the 26th are no feestdag
            2026-04-25 | false
            2026-04-26 | false
            2026-04-27 | true
            2026-04-28 | false
            # Goede Vrijdag, eerste Paas- and Pinksterdag (Sundays), Oudejaarsdag and 4 mei are not in art. 3
            2026-04-03 | false
            2026-04-05 | false
            2026-05-24 | false
            2025-12-31 | false
            2026-05-04 | false
            """)
    void grenzen(LocalDate dag, boolean feestdag) {
        assertThat(Feestdagen.isFeestdag(dag)).isEqualTo(feestdag);
    }

    @ParameterizedTest(name = "Pasen {0} = {1}")
    @CsvSource(textBlock = """
            # the Gregorian computus against known dates, including the earliest (22 March) and latest (25 April)
            2000, 2000-04-23
            2019, 2019-04-21
            2025, 2025-04-20
            2026, 2026-04-05
            2027, 2027-03-28
            2028, 2028-04-16
            2029, 2029-04-01
            2030, 2030-04-21
            2038, 2038-04-25
            2285, 2285-03-22
            """)
    void pasen(int jaar, LocalDate pasen) {
        assertThat(Feestdagen.eerstePaasdag(jaar)).isEqualTo(pasen);
    }
}
