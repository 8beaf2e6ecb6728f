package nl.inbeeld.aanwezigheid.inlezen;

import java.util.HashSet;
import java.util.Set;
import nl.inbeeld.aanwezigheid.Absentiecode;
import nl.inbeeld.aanwezigheid.Absentierijen;
import nl.inbeeld.leerling.LeerlingId;

/**
 * The administration of the folder's pupils after the import, straight from the checked {@link Absentietabel}: it
 * holds every stored row of those pupils and the folder rows, in the check's order. Per key the valid folder row
 * wins over the stored one (the import replaces it); rejected rows were not stored and are skipped.
 */
final class Tabelrijen implements Absentierijen {

    private static final Absentiecode[] CODES = Absentiecode.values();

    private final Absentietabel t;

    Tabelrijen(Absentietabel t) {
        if (t.volgorde == null || t.volgorde.length != t.aantal) {
            throw new IllegalStateException("de absentietabel is niet (volledig) gecontroleerd");
        }
        this.t = t;
    }

    @Override
    public Set<LeerlingId> leerlingen() {
        Set<LeerlingId> ids = HashSet.newHashSet(t.aantalLeerlingen());
        for (int l = 0; l < t.aantalLeerlingen(); l++) ids.add(new LeerlingId(t.leerlingen[l]));
        return ids;
    }

    @Override
    public void lees(Set<LeerlingId> welke, Verwerker verwerker) {
        boolean[] gevraagd = new boolean[t.aantalLeerlingen()];
        for (int l = 0; l < gevraagd.length; l++) gevraagd[l] = welke.contains(new LeerlingId(t.leerlingen[l]));
        int[] v = t.volgorde;
        int k = 0;
        while (k < v.length) {
            int eerste = v[k], laatsteGeldig = -1, j = k;
            while (j < v.length && zelfdeSleutel(eerste, v[j])) {
                if (!t.afgekeurd[v[j]]) laatsteGeldig = v[j];
                j++;
            }
            k = j;
            int r = laatsteGeldig;
            if (r < 0 || !gevraagd[t.leerling[r]]) continue;
            verwerker.rij(t.leerlingen[t.leerling[r]], t.scholen[t.school[r]], t.dag[r], CODES[t.code[r]], t.minuten[r],
                    t.aantalTeLaat[r], t.gemeldOp[r]);
        }
    }

    private boolean zelfdeSleutel(int a, int b) {
        return t.leerling[a] == t.leerling[b] && t.school[a] == t.school[b] && t.dag[a] == t.dag[b]
                && t.code[a] == t.code[b];
    }
}
