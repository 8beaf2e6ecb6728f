package nl.inbeeld.leerplicht;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The fixture calendar of rules.md §13: lessons Monday to Friday, except
 * <ul>
 *   <li>summer holiday (region North) up to Sun 2025-08-24: the first lesson day of 2025/26 is Mon 2025-08-25;</li>
 *   <li>autumn holiday 2025-10-20 up to 2025-10-24 (ISO week 43);</li>
 *   <li>Christmas: school closed 2025-12-22 up to Fri 2026-01-02 (case A4).</li>
 * </ul>
 * Tue 2025-04-01 is a lesson day (case A2).
 */
final class Proefkalender implements Lesdagen {

    static final Proefkalender KALENDER = new Proefkalender();

    private static final LocalDate[][] VAKANTIES = {
            {LocalDate.of(2025, 7, 12), LocalDate.of(2025, 8, 24)},
            {LocalDate.of(2025, 10, 20), LocalDate.of(2025, 10, 24)},
            {LocalDate.of(2025, 12, 22), LocalDate.of(2026, 1, 2)},
    };

    boolean isLesdag(LocalDate dag) {
        if (dag.getDayOfWeek() == DayOfWeek.SATURDAY || dag.getDayOfWeek() == DayOfWeek.SUNDAY) return false;
        for (LocalDate[] vakantie : VAKANTIES) {
            if (!dag.isBefore(vakantie[0]) && !dag.isAfter(vakantie[1])) return false;
        }
        return true;
    }

    @Override
    public LocalDate eersteLesdagVanaf(LocalDate dag) {
        LocalDate d = dag;
        while (!isLesdag(d)) d = d.plusDays(1);
        return d;
    }
}
