package nl.inbeeld.aanwezigheid.inlezen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.inbeeld.aanwezigheid.Afkeuring;
import nl.inbeeld.leerling.Inschrijving;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.toegang.Bereik;

/**
 * Who may change what in an import (issue 11). An import with full reach (the command line, the beheerder) writes
 * every row. Any other import writes only rows of the user's own schools, and only pupils enrolled at one of them,
 * in the stored data or in the same folder's inschrijvingen.csv: a row about another school or pupil is rejected like
 * any other invalid row. bevolking.csv (the BRP's residence periods, spec §1) and vrijstellingen.csv (recorded by the
 * leerplichtambtenaar, rules.md 4.13) come from the gemeente, never from a school: every row of them is rejected.
 * The reach is checked before the references, so a rejection never tells whether a pupil exists elsewhere.
 */
final class Bereikcontrole {

    /**
     * An enrolment stored by this import of a pupil who was already enrolled at another school ({@code elders}): the
     * pupil changes schools, which is allowed but goes into that pupil's audit history.
     */
    record Overstap(LeerlingId leerling, SchoolId school, Set<SchoolId> elders) {}

    private final Bereik bereik;
    private final List<Afkeuring> afkeuringen;
    private final Opgeslagen opgeslagen;
    /** The stored enrolments of the pupils of leerlingen.csv and inschrijvingen.csv, once looked up. */
    private Map<LeerlingId, List<Inschrijving>> opgeslagenInschrijvingen = Map.of();

    Bereikcontrole(Bereik bereik, List<Afkeuring> afkeuringen, Opgeslagen opgeslagen) {
        this.bereik = bereik;
        this.afkeuringen = afkeuringen;
        this.opgeslagen = opgeslagen;
    }

    boolean alles() {
        return bereik.alles();
    }

    /** Whether rows of this school may be written. */
    boolean school(String school) {
        return bereik.alles() || SchoolId.isGeldig(school) && bereik.scholen().contains(new SchoolId(school));
    }

    /** The reason for a row of a school outside the reach (the column is school_id). */
    String vreemdeSchool(Object school) {
        return school + " hoort niet bij uw account; u levert alleen gegevens van " + eigenScholen();
    }

    /** Rows whose school is outside the reach are rejected. */
    <T> List<Rij<T>> scholen(Bestand b, List<Rij<T>> rijen, Function<T, SchoolId> school) {
        if (bereik.alles()) return rijen;
        return houd(b, rijen, r -> bereik.scholen().contains(school.apply(r)), r -> "school_id",
                r -> vreemdeSchool(school.apply(r).waarde()));
    }

    /**
     * leerlingen.csv: rows of pupils not enrolled at one of the user's schools, neither stored nor in the folder's
     * {@code inschrijvingen} (already limited to those schools), are rejected.
     */
    <T> List<Rij<T>> leerlingen(Bestand b, List<Rij<T>> rijen, Function<T, LeerlingId> leerling,
            List<Rij<Inschrijving>> inschrijvingen) {
        if (bereik.alles()) return rijen;
        Set<LeerlingId> eigen = new HashSet<>();
        inschrijvingen.forEach(r -> eigen.add(r.waarde().leerling()));
        Set<LeerlingId> genoemd = new HashSet<>(eigen);
        rijen.forEach(r -> genoemd.add(leerling.apply(r.waarde())));
        opgeslagenInschrijvingen = new HashMap<>();
        for (Inschrijving i : opgeslagen.inschrijvingen(genoemd)) {
            opgeslagenInschrijvingen.computeIfAbsent(i.leerling(), k -> new ArrayList<>()).add(i);
            if (bereik.scholen().contains(i.school())) eigen.add(i.leerling());
        }
        return houd(b, rijen, r -> eigen.contains(leerling.apply(r)), r -> "leerling_id",
                r -> leerling.apply(r).waarde() + " staat niet ingeschreven op een school van uw account"
                        + " (opgeslagen of in inschrijvingen.csv)");
    }

    /**
     * ouders.csv: rows about pupils not enrolled at one of the user's schools, neither stored nor in the folder's
     * {@code inschrijvingen} (already limited to those schools), are rejected, as {@link #leerlingen} does.
     */
    <T> List<Rij<T>> ouders(Bestand b, List<Rij<T>> rijen, Function<T, LeerlingId> leerling,
            List<Rij<Inschrijving>> inschrijvingen) {
        if (bereik.alles() || rijen.isEmpty()) return rijen;
        Set<LeerlingId> eigen = new HashSet<>();
        inschrijvingen.forEach(r -> eigen.add(r.waarde().leerling()));
        Set<LeerlingId> genoemd = new HashSet<>();
        rijen.forEach(r -> genoemd.add(leerling.apply(r.waarde())));
        genoemd.removeAll(eigen);
        if (!genoemd.isEmpty()) {
            for (Inschrijving i : opgeslagen.inschrijvingen(genoemd)) {
                if (bereik.scholen().contains(i.school())) eigen.add(i.leerling());
            }
        }
        return houd(b, rijen, r -> eigen.contains(leerling.apply(r)), r -> "leerling_id",
                r -> leerling.apply(r).waarde() + " staat niet ingeschreven op een school van uw account"
                        + " (opgeslagen of in inschrijvingen.csv)");
    }

    /** bevolking.csv and vrijstellingen.csv: only an import with full reach writes them. */
    <T> List<Rij<T>> alleenGemeente(Bestand b, List<Rij<T>> rijen) {
        if (bereik.alles()) return rijen;
        String reden = b == Bestand.BEVOLKING
                ? "woonperioden uit de BRP levert de gemeente aan, niet een school"
                : "een vrijstelling legt de leerplichtambtenaar van de gemeente vast, niet een school";
        return houd(b, rijen, r -> false, r -> "", r -> reden);
    }

    /**
     * Of the enrolments that will be stored ({@code inschrijvingen}, checked), those new ones of pupils stored as
     * enrolled at another school. Only for an import without full reach: that is where a school gains sight of a
     * pupil.
     */
    List<Overstap> overstappen(List<Rij<Inschrijving>> inschrijvingen) {
        List<Overstap> overstappen = new ArrayList<>();
        if (bereik.alles()) return overstappen;
        for (Rij<Inschrijving> r : inschrijvingen) {
            Inschrijving nieuw = r.waarde();
            Set<SchoolId> elders = new TreeSet<>();
            boolean bestond = false;
            for (Inschrijving i : opgeslagenInschrijvingen.getOrDefault(nieuw.leerling(), List.of())) {
                if (i.school().equals(nieuw.school()) && i.van().equals(nieuw.van())) bestond = true;
                if (!i.school().equals(nieuw.school())) elders.add(i.school());
            }
            if (!bestond && !elders.isEmpty()) overstappen.add(new Overstap(nieuw.leerling(), nieuw.school(), elders));
        }
        return overstappen;
    }

    private String eigenScholen() {
        if (bereik.scholen().isEmpty()) return "geen school";
        return String.join(", ", bereik.scholen().stream().map(SchoolId::waarde).sorted().toList());
    }

    private <T> List<Rij<T>> houd(Bestand b, List<Rij<T>> rijen, Predicate<T> mag, Function<T, String> kolom,
            Function<T, String> reden) {
        List<Rij<T>> goed = new ArrayList<>(rijen.size());
        for (Rij<T> r : rijen) {
            if (mag.test(r.waarde())) {
                goed.add(r);
            } else {
                afkeuringen.add(new Afkeuring(b.naam(), r.regel(), kolom.apply(r.waarde()), reden.apply(r.waarde())));
            }
        }
        return goed;
    }
}
