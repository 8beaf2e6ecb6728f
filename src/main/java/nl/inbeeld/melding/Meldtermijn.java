package nl.inbeeld.melding;

import java.time.LocalDate;
import nl.inbeeld.leerplicht.Termijnenwet;

/**
 * The deadline of a melding (rules.md 2.3.3, B1): "onverwijld", operationalised as {@code werkdagen} working days
 * after the einddatum. Working days are Monday to Friday that are no feestdag of the Algemene termijnenwet (spec
 * §7; with the Atw setting off, Monday to Friday as in v1). School holidays are not skipped (keuze: the school's
 * office works in school holidays, and the secondary source counts plain working days).
 * Einddatum Thu 2025-10-02 + 5 → Thu 2025-10-09; Fri 2025-12-19 + 5 → Tue 2025-12-30 (both Kerstdagen skipped).
 */
public final class Meldtermijn {

    private Meldtermijn() {}

    public static LocalDate deadline(LocalDate einddatum, int werkdagen, Termijnenwet termijnenwet) {
        LocalDate dag = einddatum;
        int geteld = 0;
        while (geteld < werkdagen) {
            dag = dag.plusDays(1);
            if (termijnenwet.isWerkdag(dag)) geteld++;
        }
        return dag;
    }
}
