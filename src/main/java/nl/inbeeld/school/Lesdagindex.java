package nl.inbeeld.school;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A school calendar laid out over a range of days as one primitive array, so that detection reads everything it
 * needs of a day with one load: its <em>code</em>, which packs the lesson-day number, the lesweek number and
 * whether the day is the last lesson day before, or the first after, a VAKANTIE period. Lesson days and lesweken
 * are numbered consecutively from the start of the range; a day without lessons, or before or after the range,
 * has code {@link #GEEN_LESDAG}.
 */
public final class Lesdagindex {

    /** The code of a day without lessons. Every lesson day's code is zero or positive. */
    public static final int GEEN_LESDAG = -1;

    // code of a lesson day: lesdag number (18 bits) << 13 | lesweek number (12 bits) << 1 | holiday border (1 bit)
    private static final int GRENS = 1, WEEK_VERSCHUIVING = 1, WEEK_MASKER = (1 << 12) - 1, DAG_VERSCHUIVING = 13;
    private static final int MAX_LESDAGEN = 1 << 18;

    private final int eersteDag;
    private final int[] codes;

    private Lesdagindex(int eersteDag, int[] codes) {
        this.eersteDag = eersteDag;
        this.codes = codes;
    }

    static Lesdagindex bouw(Schoolkalender kalender, LocalDate van, LocalDate totEnMet) {
        LocalDate maandag = van.with(DayOfWeek.MONDAY);
        int eerste = Math.toIntExact(maandag.toEpochDay());
        int lengte = Math.toIntExact(totEnMet.with(DayOfWeek.SUNDAY).toEpochDay() - eerste + 1);
        int[] codes = new int[lengte];
        int dagNummer = 0, weekNummer = -1;
        for (int weekStart = 0; weekStart < lengte; weekStart += 7) {
            boolean weekHeeftLes = false;
            for (int i = weekStart; i < weekStart + 7; i++) {
                if (kalender.isLesdag(LocalDate.ofEpochDay(eerste + i))) {
                    if (!weekHeeftLes) {
                        weekHeeftLes = true;
                        weekNummer++;
                    }
                    codes[i] = dagNummer++ << DAG_VERSCHUIVING | weekNummer << WEEK_VERSCHUIVING;
                } else {
                    codes[i] = GEEN_LESDAG;
                }
            }
        }
        if (weekNummer > WEEK_MASKER || dagNummer > MAX_LESDAGEN) {
            throw new IllegalArgumentException("Te lange reeks voor een lesdagindex: " + van + " t/m " + totEnMet);
        }
        for (Kalenderperiode p : kalender.perioden()) {
            if (p.soort() != Kalendersoort.VAKANTIE) continue;
            markeer(codes, eerste, kalender.laatsteLesdagTotEnMet(p.van().minusDays(1)));
            markeer(codes, eerste, kalender.eersteLesdagVanafOfNull(p.totEnMet().plusDays(1)));
        }
        return new Lesdagindex(eerste, codes);
    }

    private static void markeer(int[] codes, int eerste, LocalDate dag) {
        if (dag == null) return;
        long i = dag.toEpochDay() - eerste;
        if (i >= 0 && i < codes.length) codes[(int) i] |= GRENS;
    }

    /** The code of the day: {@link #GEEN_LESDAG}, or a lesson day's code to read with the static methods below. */
    public int code(int epochDag) {
        int i = epochDag - eersteDag;
        return i >= 0 && i < codes.length ? codes[i] : GEEN_LESDAG;
    }

    /** Consecutive number of the lesson day with this code (not {@link #GEEN_LESDAG}). */
    public static int lesdagnummer(int code) {
        return code >>> DAG_VERSCHUIVING;
    }

    /** Consecutive number of the lesweek of the lesson day with this code (not {@link #GEEN_LESDAG}). */
    public static int lesweeknummer(int code) {
        return code >>> WEEK_VERSCHUIVING & WEEK_MASKER;
    }

    /** Whether the lesson day with this code (not {@link #GEEN_LESDAG}) borders a VAKANTIE period. */
    public static boolean grenstAanVakantie(int code) {
        return (code & GRENS) != 0;
    }

    /** Consecutive number of the lesweek the lesson day lies in, or -1 when it is no lesson day or out of range. */
    public int lesweek(long epochDag) {
        long i = epochDag - eersteDag;
        return i < 0 || i >= codes.length || codes[(int) i] == GEEN_LESDAG ? -1 : lesweeknummer(codes[(int) i]);
    }

    public long eersteDag() {
        return eersteDag;
    }

    public long laatsteDag() {
        return eersteDag + codes.length - 1L;
    }
}
