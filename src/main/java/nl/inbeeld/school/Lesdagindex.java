package nl.inbeeld.school;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A school calendar laid out over a range of days as primitive arrays, so that detection reads a day's
 * lesson-day number and lesweek number by array index. Lesson days and lesweken are numbered consecutively
 * from the start of the range; days without lessons have number -1. A day before or after the range
 * reports -1 as well.
 */
public final class Lesdagindex {

    private final long eersteDag;
    private final int[] lesdag;
    private final int[] lesweek;
    private final boolean[] grensVakantie;

    private Lesdagindex(long eersteDag, int[] lesdag, int[] lesweek, boolean[] grensVakantie) {
        this.eersteDag = eersteDag;
        this.lesdag = lesdag;
        this.lesweek = lesweek;
        this.grensVakantie = grensVakantie;
    }

    static Lesdagindex bouw(Schoolkalender kalender, LocalDate van, LocalDate totEnMet) {
        LocalDate maandag = van.with(DayOfWeek.MONDAY);
        long eerste = maandag.toEpochDay();
        int lengte = (int) (totEnMet.with(DayOfWeek.SUNDAY).toEpochDay() - eerste + 1);
        int[] lesdag = new int[lengte];
        int[] lesweek = new int[lengte];
        boolean[] grens = new boolean[lengte];
        int dagNummer = 0, weekNummer = -1;
        for (int weekStart = 0; weekStart < lengte; weekStart += 7) {
            boolean weekHeeftLes = false;
            for (int i = weekStart; i < weekStart + 7; i++) {
                if (kalender.isLesdag(LocalDate.ofEpochDay(eerste + i))) {
                    if (!weekHeeftLes) {
                        weekHeeftLes = true;
                        weekNummer++;
                    }
                    lesdag[i] = dagNummer++;
                    lesweek[i] = weekNummer;
                } else {
                    lesdag[i] = -1;
                    lesweek[i] = -1;
                }
            }
        }
        for (Kalenderperiode p : kalender.perioden()) {
            if (p.soort() != Kalendersoort.VAKANTIE) continue;
            markeer(grens, eerste, kalender.laatsteLesdagTotEnMet(p.van().minusDays(1)));
            markeer(grens, eerste, kalender.eersteLesdagVanafOfNull(p.totEnMet().plusDays(1)));
        }
        return new Lesdagindex(eerste, lesdag, lesweek, grens);
    }

    private static void markeer(boolean[] grens, long eerste, LocalDate dag) {
        if (dag == null) return;
        long i = dag.toEpochDay() - eerste;
        if (i >= 0 && i < grens.length) grens[(int) i] = true;
    }

    /** Consecutive number of the lesson day, or -1 when {@code epochDag} is no lesson day or out of range. */
    public int lesdag(long epochDag) {
        long i = epochDag - eersteDag;
        return i < 0 || i >= lesdag.length ? -1 : lesdag[(int) i];
    }

    /** Consecutive number of the lesweek the lesson day lies in, or -1 when it is no lesson day or out of range. */
    public int lesweek(long epochDag) {
        long i = epochDag - eersteDag;
        return i < 0 || i >= lesweek.length ? -1 : lesweek[(int) i];
    }

    /** Whether this lesson day is the last one before, or the first one after, a VAKANTIE period. */
    public boolean grenstAanVakantie(long epochDag) {
        long i = epochDag - eersteDag;
        return i >= 0 && i < grensVakantie.length && grensVakantie[(int) i];
    }

    public long eersteDag() {
        return eersteDag;
    }

    public long laatsteDag() {
        return eersteDag + lesdag.length - 1;
    }
}
