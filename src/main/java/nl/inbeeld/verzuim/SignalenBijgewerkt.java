package nl.inbeeld.verzuim;

import java.util.Set;
import nl.inbeeld.leerling.LeerlingId;

/**
 * The stored signals of these pupils were recomputed ({@link Signaaldetectie#herbereken}) and their mandatory
 * signals (the ones that become meldingen) may have changed. Every pupil whose stored mandatory signals changed is
 * named; a small recomputation names only those (none: no event), a bulk one names every pupil it recomputed.
 * Published inside the transaction that changed the administration, so a synchronous listener (the melding
 * module's drafts) commits or rolls back together with the signals.
 */
public record SignalenBijgewerkt(Set<LeerlingId> leerlingen) {
    public SignalenBijgewerkt {
        leerlingen = Set.copyOf(leerlingen);
    }
}
