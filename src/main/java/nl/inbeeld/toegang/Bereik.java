package nl.inbeeld.toegang;

import java.util.List;
import java.util.Set;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;

/**
 * What a user may see of pupil-level data, by purpose (the README's access table; AVG art. 5 lid 1 b and c):
 * <ul>
 * <li>{@link Soort#SCHOLEN} (SCHOOL): its own pupils, everything the school recorded itself; of a pupil also known at
 * another school only the core data, never that school's absence rows or signals;</li>
 * <li>{@link Soort#GEMEENTEN} (LEERPLICHT, TEAMLEIDER): residents <em>with a ground</em> (view {@code inzagegrond}: a
 * sent melding, an exemption, later a zaak …): the melding's content, the absence rows of its period and the 4
 * lesweken before on days the pupil lived in the gemeente, the mandatory signals; otherwise aggregates only;</li>
 * <li>{@link Soort#BEHEER} (BEHEERDER): no pupil data, except pupils opened by an explicit inzage met reden;</li>
 * <li>{@link Soort#ALLES}: the command line and background jobs acting as the system.</li>
 * </ul>
 * Repositories put these conditions in their WHERE clause, so the rule is enforced in the query, not in a page.
 * Column arguments must be qualified with their table or alias ({@code signaal.leerling_id}): the conditions hold
 * subqueries, in which an unqualified {@code leerling_id} would name the subquery's own column.
 */
public record Bereik(Soort soort, Set<SchoolId> scholen, Set<Gemeentecode> gemeenten, Set<String> inzage) {

    /** The kinds of reach. */
    public enum Soort { ALLES, SCHOLEN, GEMEENTEN, BEHEER, NIETS }

    public static final Bereik ALLES = new Bereik(Soort.ALLES, Set.of(), Set.of(), Set.of());
    public static final Bereik NIETS = new Bereik(Soort.NIETS, Set.of(), Set.of(), Set.of());

    public Bereik {
        scholen = Set.copyOf(scholen);
        gemeenten = Set.copyOf(gemeenten);
        inzage = Set.copyOf(inzage);
    }

    public static Bereik scholen(Set<SchoolId> scholen) {
        return new Bereik(Soort.SCHOLEN, scholen, Set.of(), Set.of());
    }

    public static Bereik gemeenten(Set<Gemeentecode> gemeenten) {
        return new Bereik(Soort.GEMEENTEN, Set.of(), gemeenten, Set.of());
    }

    /** A beheerder: pupil data only of the pupils (ids) opened by a current inzage met reden. */
    public static Bereik beheer(Set<String> inzage) {
        return new Bereik(Soort.BEHEER, Set.of(), Set.of(), inzage);
    }

    public boolean alles() {
        return soort == Soort.ALLES;
    }

    /** Whether the user sees pupil-level data of this school's pupils as their school (lists with names and ids). */
    public boolean isSchoolVan(SchoolId school) {
        return alles() || soort == Soort.SCHOLEN && scholen.contains(school);
    }

    /** Whether aggregates (counts, no ids) of this school's pupils are for this user. */
    public boolean zietTellingenVan(SchoolId school) {
        return soort != Soort.NIETS && (soort != Soort.SCHOLEN || scholen.contains(school));
    }

    String[] scholenArray() {
        return scholen.stream().map(SchoolId::waarde).toArray(String[]::new);
    }

    String[] gemeentenArray() {
        return gemeenten.stream().map(Gemeentecode::waarde).toArray(String[]::new);
    }

    /** A WHERE condition with {@code ?} placeholders and its parameters, in the order they appear. */
    public record Voorwaarde(String sql, List<Object> params) {
        static final Voorwaarde WAAR = new Voorwaarde("true", List.of());
        static final Voorwaarde ONWAAR = new Voorwaarde("false", List.of());

        static Voorwaarde van(String sql, Object... params) {
            return new Voorwaarde(sql, List.of(params));
        }

        /** Both conditions. */
        public Voorwaarde en(Voorwaarde andere) {
            var samen = new java.util.ArrayList<>(params);
            samen.addAll(andere.params());
            return new Voorwaarde("(" + sql + ") and (" + andere.sql() + ")", samen);
        }
    }

    /** The pupils whose core data (birth date, residence, enrolments) the user may see; column of the pupil id. */
    public Voorwaarde leerlingen(String leerling) {
        return switch (soort) {
            case ALLES -> Voorwaarde.WAAR;
            case SCHOLEN -> Voorwaarde.van("exists (select 1 from inschrijving i_ where i_.leerling_id = " + leerling
                    + " and i_.school_id = any(?))", (Object) scholenArray());
            case GEMEENTEN -> Voorwaarde.van("exists (select 1 from inzagegrond g_ where g_.leerling_id = " + leerling
                    + " and g_.gemeente = any(?))", (Object) gemeentenArray());
            case BEHEER -> inzage(leerling);
            case NIETS -> Voorwaarde.ONWAAR;
        };
    }

    /** The absence rows the user may see; columns of the pupil, the school and the day. */
    public Voorwaarde absenties(String leerling, String school, String datum) {
        return switch (soort) {
            case ALLES -> Voorwaarde.WAAR;
            case SCHOLEN -> Voorwaarde.van(school + " = any(?)", (Object) scholenArray());
            case GEMEENTEN -> Voorwaarde.van("exists (select 1 from inzagegrond g_ where g_.leerling_id = " + leerling
                    + " and g_.gemeente = any(?) and " + datum + " between g_.van and g_.tot_en_met)"
                    + " and woongemeente_op(" + leerling + ", " + datum + ") = any(?)",
                    gemeentenArray(), gemeentenArray());
            case BEHEER -> inzage(leerling);
            case NIETS -> Voorwaarde.ONWAAR;
        };
    }

    /**
     * The change history of absence rows: the school's own administration (a school), a pupil opened by inzage met
     * reden (beheerder); leerplicht sees the rows themselves, not the school's corrections.
     */
    public Voorwaarde historie(String leerling, String school) {
        return switch (soort) {
            case ALLES -> Voorwaarde.WAAR;
            case SCHOLEN -> Voorwaarde.van(school + " = any(?)", (Object) scholenArray());
            case BEHEER -> inzage(leerling);
            case GEMEENTEN, NIETS -> Voorwaarde.ONWAAR;
        };
    }

    /**
     * The signals the user may see pupil by pupil: a school all of its own; leerplicht only the mandatory signals of
     * residents (by the signal's woongemeente) with a ground in that gemeente, never the school-protocol signals.
     */
    public Voorwaarde signalen(String leerling, String school, String woongemeente, String verplicht) {
        return switch (soort) {
            case ALLES -> Voorwaarde.WAAR;
            case SCHOLEN -> Voorwaarde.van(school + " = any(?)", (Object) scholenArray());
            case GEMEENTEN -> Voorwaarde.van(verplicht + " and " + woongemeente + " = any(?) and exists (select 1 from"
                    + " inzagegrond g_ where g_.leerling_id = " + leerling + " and g_.gemeente = " + woongemeente + ")",
                    (Object) gemeentenArray());
            case BEHEER -> inzage(leerling);
            case NIETS -> Voorwaarde.ONWAAR;
        };
    }

    /**
     * Where counts may come from (no names, no ids): a school its own pupils, leerplicht its residents, a beheerder
     * every school; columns of the school and of the residence.
     */
    public Voorwaarde tellingen(String school, String woongemeente) {
        return switch (soort) {
            case ALLES, BEHEER -> Voorwaarde.WAAR;
            case SCHOLEN -> Voorwaarde.van(school + " = any(?)", (Object) scholenArray());
            case GEMEENTEN -> Voorwaarde.van(woongemeente + " = any(?)", (Object) gemeentenArray());
            case NIETS -> Voorwaarde.ONWAAR;
        };
    }

    /**
     * The meldingen the user may see: a school those of its schools (drafts included), leerplicht those sent to its
     * gemeenten (the sending is the ground), a beheerder those of pupils opened by inzage met reden.
     */
    public Voorwaarde meldingen(String leerling, String school, String meldenAan, String status) {
        return switch (soort) {
            case ALLES -> Voorwaarde.WAAR;
            case SCHOLEN -> Voorwaarde.van(school + " = any(?)", (Object) scholenArray());
            case GEMEENTEN -> Voorwaarde.van(meldenAan + " = any(?) and " + status
                    + " in ('VERZONDEN','IN_BEHANDELING','AFGESLOTEN','INGETROKKEN')", (Object) gemeentenArray());
            case BEHEER -> inzage(leerling);
            case NIETS -> Voorwaarde.ONWAAR;
        };
    }

    private Voorwaarde inzage(String leerling) {
        return Voorwaarde.van(leerling + " = any(?)", (Object) inzage.toArray(String[]::new));
    }
}
