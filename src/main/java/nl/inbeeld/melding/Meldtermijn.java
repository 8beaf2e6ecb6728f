package nl.inbeeld.melding;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The deadline of a melding (rules.md 2.3.3, B1): "onverwijld", operationalised as {@code werkdagen} working days
 * after the einddatum. Working days are Monday to Friday; Saturdays and Sundays are skipped. Public holidays and
 * school holidays are not skipped (keuze: the school's office works in school holidays, and the secondary
 * source counts plain working days). Einddatum Thu 2025-10-02 + 5 → Thu 2025-10-09.
 */
public final class Meldtermijn {

    private Meldtermijn() {}

    public static LocalDate deadline(LocalDate einddatum, int werkdagen) {
        LocalDate dag = einddatum;
        int geteld = 0;
        while (geteld < werkdagen) {
            dag = dag.plusDays(1);
            if (dag.getDayOfWeek() != DayOfWeek.SATURDAY && dag.getDayOfWeek() != DayOfWeek.SUNDAY) geteld++;
        }
        return dag;
    }
}
