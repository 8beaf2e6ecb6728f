package nl.inbeeld.aanwezigheid;

import java.util.Set;
import nl.inbeeld.leerling.LeerlingId;

/**
 * Published inside the transaction that changed the absence administration (or the data it depends on) of
 * these pupils, so that what is derived from it (the signals) is recomputed in the same transaction.
 */
public record AbsentiesGewijzigd(Set<LeerlingId> leerlingen) {}
