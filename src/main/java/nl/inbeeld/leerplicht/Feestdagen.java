package nl.inbeeld.leerplicht;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumMap;
import java.util.Map;

/**
 * The <em>algemeen erkende feestdagen</em> of the Algemene termijnenwet (Atw) art. 3 lid 1, besides Sunday
 * (spec §7): Nieuwjaarsdag, tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag, the day Koningsdag is celebrated,
 * 5 mei, eerste and tweede Kerstdag. Computed per year, never imported; Easter by the Gregorian computus. They only
 * matter for terms ({@link Termijnenwet}); a school's calendar still decides which days are lesson days.
 */
public final class Feestdagen {

    /** The feestdagen of Atw art. 3 lid 1 (Sunday, also named there, is a rest day of its own). */
    public enum Feestdag {
        NIEUWJAARSDAG, TWEEDE_PAASDAG, KONINGSDAG, BEVRIJDINGSDAG, HEMELVAARTSDAG, TWEEDE_PINKSTERDAG,
        EERSTE_KERSTDAG, TWEEDE_KERSTDAG
    }

    private Feestdagen() {}

    /** The feestdagen of a year, each on its day. */
    public static Map<Feestdag, LocalDate> in(int jaar) {
        LocalDate pasen = eerstePaasdag(jaar);
        LocalDate koningsdag = LocalDate.of(jaar, Month.APRIL, 27);
        Map<Feestdag, LocalDate> dagen = new EnumMap<>(Feestdag.class);
        dagen.put(Feestdag.NIEUWJAARSDAG, LocalDate.of(jaar, Month.JANUARY, 1));
        dagen.put(Feestdag.TWEEDE_PAASDAG, pasen.plusDays(1));
        // Koningsdag: 27 April, celebrated on Saturday 26 April when the 27th is a Sunday (spec §7)
        dagen.put(Feestdag.KONINGSDAG, koningsdag.getDayOfWeek() == DayOfWeek.SUNDAY ? koningsdag.minusDays(1) : koningsdag);
        dagen.put(Feestdag.BEVRIJDINGSDAG, LocalDate.of(jaar, Month.MAY, 5));
        dagen.put(Feestdag.HEMELVAARTSDAG, pasen.plusDays(39));
        dagen.put(Feestdag.TWEEDE_PINKSTERDAG, pasen.plusDays(50));
        dagen.put(Feestdag.EERSTE_KERSTDAG, LocalDate.of(jaar, Month.DECEMBER, 25));
        dagen.put(Feestdag.TWEEDE_KERSTDAG, LocalDate.of(jaar, Month.DECEMBER, 26));
        return dagen;
    }

    /** Whether the day is one of the feestdagen of Atw art. 3 lid 1. */
    public static boolean isFeestdag(LocalDate dag) {
        int maand = dag.getMonthValue(), d = dag.getDayOfMonth();
        switch (maand) {
            case 1: return d == 1;
            case 12: return d == 25 || d == 26;
            case 3, 4, 5, 6: break;
            default: return false;
        }
        if (maand == 5 && d == 5) return true;
        if (maand == 4 && (d == 26 || d == 27)) {
            DayOfWeek w = dag.getDayOfWeek();
            if (d == 27 ? w != DayOfWeek.SUNDAY : w == DayOfWeek.SATURDAY) return true;
        }
        long naPasen = dag.toEpochDay() - eerstePaasdag(dag.getYear()).toEpochDay();
        return naPasen == 1 || naPasen == 39 || naPasen == 50;
    }

    /**
     * Easter Sunday of a year of the Gregorian calendar: the anonymous Gregorian algorithm (Meeus/Jones/Butcher),
     * the first Sunday after the ecclesiastical full moon on or after 21 March.
     */
    public static LocalDate eerstePaasdag(int jaar) {
        int a = jaar % 19, b = jaar / 100, c = jaar % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31, dag = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(jaar, maand, dag);
    }
}
