package nl.inbeeld.school;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a school has lessons (spec §1): Monday to Friday, unless a calendar period of the school covers the day;
 * weekends never. A <em>lesweek</em> is a calendar week (Mon–Sun) with at least one lesson day.
 */
public final class Schoolkalender {

    /** The longest stretch without lessons that is searched for a next or previous lesson day. */
    private static final int ZOEKGRENS_DAGEN = 400;

    private final List<Kalenderperiode> perioden;

    public Schoolkalender(List<Kalenderperiode> perioden) {
        this.perioden = perioden.stream().sorted(Comparator.comparing(Kalenderperiode::van)).toList();
    }

    public static Schoolkalender zonderVakanties() {
        return new Schoolkalender(List.of());
    }

    public List<Kalenderperiode> perioden() {
        return perioden;
    }

    public boolean isLesdag(LocalDate dag) {
        DayOfWeek d = dag.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && periodeOp(dag).isEmpty();
    }

    /** The calendar period that covers this day, if any (the latest starting one when periods overlap). */
    public Optional<Kalenderperiode> periodeOp(LocalDate dag) {
        int lo = 0, hi = perioden.size() - 1, kandidaat = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (!perioden.get(mid).van().isAfter(dag)) {
                kandidaat = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int i = kandidaat; i >= 0; i--) {
            if (perioden.get(i).bevat(dag)) return Optional.of(perioden.get(i));
        }
        return Optional.empty();
    }

    /** The first lesson day on or after {@code dag}. */
    public LocalDate eersteLesdagVanaf(LocalDate dag) {
        LocalDate d = eersteLesdagVanafOfNull(dag);
        if (d != null) return d;
        throw new IllegalStateException("Geen lesdag binnen " + ZOEKGRENS_DAGEN + " dagen na " + dag);
    }

    LocalDate eersteLesdagVanafOfNull(LocalDate dag) {
        LocalDate d = dag;
        for (int i = 0; i < ZOEKGRENS_DAGEN; i++, d = d.plusDays(1)) {
            if (isLesdag(d)) return d;
        }
        return null;
    }

    /** The last lesson day on or before {@code dag}, or null when there is none within reach. */
    LocalDate laatsteLesdagTotEnMet(LocalDate dag) {
        LocalDate d = dag;
        for (int i = 0; i < ZOEKGRENS_DAGEN; i++, d = d.minusDays(1)) {
            if (isLesdag(d)) return d;
        }
        return null;
    }

    /** A compact day-by-day index of lesson days and lesweken over a date range, for one-pass detection. */
    public Lesdagindex index(LocalDate van, LocalDate totEnMet) {
        return Lesdagindex.bouw(this, van, totEnMet);
    }
}
