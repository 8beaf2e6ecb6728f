package nl.inbeeld.aanwezigheid.inlezen;

import java.time.LocalDate;
import nl.inbeeld.school.School;

/**
 * Duplicate keys and minutes per day: rows are grouped by pupil (counting sort, which keeps line order), each
 * group sorted by school, day, code and line. Per pupil, school and day the valid folder rows plus the stored rows
 * they do not replace may not exceed the school's lesminuten_per_dag; if they do, every folder row of that day is
 * rejected (which row is wrong cannot be known). Leaves the order in {@link Absentietabel#volgorde} and notes whether
 * a folder row replaces a stored one.
 */
final class Dagtotalen {

    interface Afkeurder {
        void afkeur(int rij, String kolom, String reden);
    }

    private final Absentietabel t;
    private final School[] school;
    private final Afkeurder afkeurder;

    Dagtotalen(Absentietabel t, School[] school, Afkeurder afkeurder) {
        this.t = t;
        this.school = school;
        this.afkeurder = afkeurder;
    }

    void controleer() {
        int n = t.aantal;
        int[] begin = new int[t.aantalLeerlingen() + 1];
        for (int i = 0; i < n; i++) begin[t.leerling[i] + 1]++;
        for (int l = 0; l < t.aantalLeerlingen(); l++) begin[l + 1] += begin[l];
        int[] volgorde = new int[n];
        int[] vrij = begin.clone();
        for (int i = 0; i < n; i++) volgorde[vrij[t.leerling[i]]++] = i;
        int[] hulp = new int[n];
        for (int l = 0; l < t.aantalLeerlingen(); l++) {
            Volgorde.sorteer(volgorde, hulp, begin[l], begin[l + 1], this::vergelijk);
        }
        t.volgorde = volgorde;
        int i = 0;
        while (i < n) {
            int j = i + 1;
            while (j < n && zelfdeDag(volgorde[i], volgorde[j])) j++;
            dag(volgorde, i, j);
            i = j;
        }
    }

    private int vergelijk(int a, int b) {
        int c = Integer.compare(t.school[a], t.school[b]);
        if (c == 0) c = Integer.compare(t.dag[a], t.dag[b]);
        if (c == 0) c = Integer.compare(t.code[a], t.code[b]);
        return c != 0 ? c : Integer.compare(t.regel[a], t.regel[b]);
    }

    private boolean zelfdeDag(int a, int b) {
        return t.leerling[a] == t.leerling[b] && t.school[a] == t.school[b] && t.dag[a] == t.dag[b];
    }

    /** The rows {@code volgorde[van..tot)} of one pupil, school and day. */
    private void dag(int[] volgorde, int van, int tot) {
        int som = 0, codes = 0, vorige = -1;
        for (int k = van; k < tot; k++) {
            int r = volgorde[k];
            if (t.isOpgeslagen(r) || t.afgekeurd[r]) continue;
            if (vorige >= 0 && t.code[vorige] == t.code[r]) {
                afkeurder.afkeur(r, "", "dubbele sleutel (leerling_id, school_id, datum, code): staat ook op regel "
                        + t.regel[vorige]);
                continue;
            }
            vorige = r;
            som += t.minuten[r];
            codes |= 1 << t.code[r];
        }
        if (vorige < 0) return;
        for (int k = van; k < tot; k++) {
            int r = volgorde[k];
            if (!t.isOpgeslagen(r)) continue;
            if ((codes & (1 << t.code[r])) == 0) som += t.minuten[r]; else t.vervangtOpgeslagen = true;
        }
        int lesminuten = school[t.school[vorige]].lesminutenPerDag();
        if (som <= lesminuten) return;
        for (int k = van; k < tot; k++) {
            int r = volgorde[k];
            if (t.isOpgeslagen(r) || t.afgekeurd[r]) continue;
            afkeurder.afkeur(r, "minuten", t.minuten[r] + " brengt het totaal op " + LocalDate.ofEpochDay(t.dag[r])
                    + " op " + som + ", meer dan de " + lesminuten + " lesminuten per dag van school "
                    + t.scholen[t.school[r]]);
        }
    }
}
