package nl.inbeeld.leerling;

import java.time.LocalDate;
import java.util.List;
import nl.inbeeld.school.Gemeentecode;

/**
 * Where a pupil lives on a day: the population-register period that covers the day when there is one
 * (the latest starting), otherwise the {@code woongemeente} of the pupil's own record.
 */
public final class Woongemeente {

    private Woongemeente() {}

    public static Gemeentecode op(LocalDate dag, Leerling leerling, List<Verblijfperiode> verblijf) {
        Gemeentecode gevonden = null;
        LocalDate vanaf = null;
        for (Verblijfperiode v : verblijf) {
            if (v.omvat(dag) && (vanaf == null || v.van().isAfter(vanaf))) {
                gevonden = v.gemeente();
                vanaf = v.van();
            }
        }
        return gevonden != null ? gevonden : leerling.woongemeente();
    }
}
