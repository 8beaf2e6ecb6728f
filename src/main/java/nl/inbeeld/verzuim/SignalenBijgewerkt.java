package nl.inbeeld.verzuim;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.inbeeld.leerling.LeerlingId;

/**
 * The stored signals of these pupils were recomputed ({@link Signaaldetectie#herbereken}) and their mandatory
 * signals (the ones that become meldingen) may have changed. Every pupil whose stored mandatory signals changed is
 * named; a small recomputation names only those (none: no event), a bulk one names every pupil it recomputed.
 * After a small recomputation the event also carries every named pupil's mandatory signals as now stored (possibly
 * none), so a listener need not read them back; after a bulk one it does not (hundreds of thousands of pupils).
 * Published inside the transaction that changed the administration, so a synchronous listener (the melding
 * module's drafts) commits or rolls back together with the signals.
 *
 * @param verplicht per named pupil (in order of id) its mandatory signals, ordered by school, soort and einddatum; null after a bulk
 *                  recomputation (read them from {@link Signalen#verplichtVanLeerlingen})
 */
public record SignalenBijgewerkt(Set<LeerlingId> leerlingen, Map<LeerlingId, List<Signaal>> verplicht) {

    private static final Comparator<Signaal> VOLGORDE = Comparator.comparing((Signaal s) -> s.school().waarde())
            .thenComparing(s -> s.soort().name()).thenComparing(Signaal::einddatum);

    public SignalenBijgewerkt {
        leerlingen = Set.copyOf(leerlingen);
        if (verplicht != null) {
            if (!verplicht.keySet().equals(leerlingen)) throw new IllegalArgumentException("signalen van andere leerlingen");
            verplicht = Collections.unmodifiableMap(geordend(verplicht));
        }
    }

    private static Map<LeerlingId, List<Signaal>> geordend(Map<LeerlingId, List<Signaal>> verplicht) {
        Map<LeerlingId, List<Signaal>> geordend = new LinkedHashMap<>();
        verplicht.keySet().stream().sorted(Comparator.comparing(LeerlingId::waarde))
                .forEach(l -> geordend.put(l, verplicht.get(l).stream().sorted(VOLGORDE).toList()));
        return geordend;
    }

    /** After a bulk recomputation: only the pupils. */
    public SignalenBijgewerkt(Set<LeerlingId> leerlingen) {
        this(leerlingen, null);
    }

    /** The named pupils' mandatory signals, when the event carries them. */
    public Optional<Map<LeerlingId, List<Signaal>>> verplichteSignalen() {
        return Optional.ofNullable(verplicht);
    }
}
