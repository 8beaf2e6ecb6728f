package nl.inbeeld.aanwezigheid;

import java.util.Set;
import nl.inbeeld.leerling.LeerlingId;

/**
 * Published inside the transaction that changed the absence administration (or the data it depends on) of
 * these pupils, so that what is derived from it (the signals) is recomputed in the same transaction. An import
 * also gives the complete rows it holds in memory ({@code inGeheugen}, may be null): pupils covered there need not
 * be read back from the database.
 */
public record AbsentiesGewijzigd(Set<LeerlingId> leerlingen, Absentierijen inGeheugen) {

    public AbsentiesGewijzigd(Set<LeerlingId> leerlingen) {
        this(leerlingen, null);
    }
}
