package nl.inbeeld.verzuim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inbeeld.leerling.LeerlingId;

/**
 * What must change in the stored signals of some pupils so they equal what detection found: the stored rows that
 * were not found again ({@code weg}, by ctid) and the found signals that are not stored yet ({@code nieuw}). Stored
 * and found signals are compared as whole rows (every column, woongemeente included) and as multisets, so a signal
 * whose minuten changed is one row out and one in, and an unchanged recomputation is empty.
 * {@code verplichtGewijzigd}: the pupils with a mandatory signal among those rows — the ones whose melding drafts
 * may have to change.
 */
record Signaalverschil(List<String> weg, List<Gedetecteerd> nieuw, Set<LeerlingId> verplichtGewijzigd) {

    static Signaalverschil tussen(List<Signalen.Signaalrij> opgeslagen, List<Gedetecteerd> gevonden) {
        Map<Gedetecteerd, ArrayDeque<String>> ongebruikt = new HashMap<>();
        for (Signalen.Signaalrij r : opgeslagen) {
            ongebruikt.computeIfAbsent(r.signaal(), k -> new ArrayDeque<>()).add(r.ctid());
        }
        List<Gedetecteerd> nieuw = new ArrayList<>();
        Set<LeerlingId> verplicht = new HashSet<>();
        for (Gedetecteerd g : gevonden) {
            ArrayDeque<String> rijen = ongebruikt.get(g);
            if (rijen != null && rijen.poll() != null) continue;
            nieuw.add(g);
            if (g.signaal().verplicht()) verplicht.add(g.signaal().leerling());
        }
        List<String> weg = new ArrayList<>();
        ongebruikt.forEach((g, rijen) -> {
            if (rijen.isEmpty()) return;
            weg.addAll(rijen);
            if (g.signaal().verplicht()) verplicht.add(g.signaal().leerling());
        });
        return new Signaalverschil(weg, nieuw, verplicht);
    }

    boolean isLeeg() {
        return weg.isEmpty() && nieuw.isEmpty();
    }
}
