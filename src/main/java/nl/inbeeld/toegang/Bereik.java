package nl.inbeeld.toegang;

import java.util.Set;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;

/**
 * What a user may see of pupil-level data: everything (BEHEERDER), the pupils of some schools (SCHOOL), or the
 * residents of some municipalities whatever school they attend (LEERPLICHT, TEAMLEIDER). Repositories put
 * {@link #voorwaarde(String, String)} in their WHERE clause, so isolation is enforced in the query, not in a page;
 * queries that reach a pupil through other tables use {@link #scholenArray()} and {@link #gemeentenArray()}.
 */
public record Bereik(boolean alles, Set<SchoolId> scholen, Set<Gemeentecode> gemeenten) {

    public static final Bereik ALLES = new Bereik(true, Set.of(), Set.of());
    public static final Bereik NIETS = new Bereik(false, Set.of(), Set.of());

    public Bereik {
        scholen = Set.copyOf(scholen);
        gemeenten = Set.copyOf(gemeenten);
    }

    public static Bereik scholen(Set<SchoolId> scholen) {
        return new Bereik(false, scholen, Set.of());
    }

    public static Bereik gemeenten(Set<Gemeentecode> gemeenten) {
        return new Bereik(false, Set.of(), gemeenten);
    }

    /** Whether a pupil at {@code school} living in {@code woongemeente} (either may be null) is visible. */
    public boolean ziet(SchoolId school, Gemeentecode woongemeente) {
        return alles || school != null && scholen.contains(school) || woongemeente != null && gemeenten.contains(woongemeente);
    }

    public String[] scholenArray() {
        return scholen.stream().map(SchoolId::waarde).toArray(String[]::new);
    }

    public String[] gemeentenArray() {
        return gemeenten.stream().map(Gemeentecode::waarde).toArray(String[]::new);
    }

    /** A WHERE condition with {@code ?} placeholders and its parameters, in the order they appear. */
    public record Voorwaarde(String sql, java.util.List<Object> params) {}

    /**
     * This reach as a condition over a school column and a gemeente column, written so the planner can use an index
     * on either (no constant OR branches).
     */
    public Voorwaarde voorwaarde(String schoolKolom, String gemeenteKolom) {
        if (alles) return new Voorwaarde("true", java.util.List.of());
        if (gemeenten.isEmpty()) return new Voorwaarde(schoolKolom + " = any(?)", java.util.List.of((Object) scholenArray()));
        if (scholen.isEmpty()) return new Voorwaarde(gemeenteKolom + " = any(?)", java.util.List.of((Object) gemeentenArray()));
        return new Voorwaarde("(" + schoolKolom + " = any(?) or " + gemeenteKolom + " = any(?))",
                java.util.List.of((Object) scholenArray(), (Object) gemeentenArray()));
    }
}
