package nl.inbeeld.aanwezigheid.inlezen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.inbeeld.aanwezigheid.Afkeuring;
import nl.inbeeld.leerling.Inschrijving;
import nl.inbeeld.leerling.Leerling;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerling.Ouder;
import nl.inbeeld.school.School;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.toegang.Bereik;
import nl.inbeeld.vrijstelling.Vrijstelling;

/**
 * Checks a parsed folder against itself and the stored state: duplicate keys within a file and unknown
 * references. Afterwards the row lists of the {@link Mapinhoud} hold only valid rows; a rejected pupil or school
 * cascades to the rows that refer to it. Absences are checked by {@link AbsentieControle}.
 */
final class Controle {

    private final Mapinhoud m;
    private final Opgeslagen opgeslagen;
    private final Bereikcontrole bereik;
    private Map<SchoolId, School> scholen;
    private Set<LeerlingId> leerlingen;
    private Set<SchoolId> opgeslagenScholen;

    private List<Bereikcontrole.Overstap> overstappen = List.of();

    Controle(Mapinhoud m, Opgeslagen opgeslagen, Bereik bereik) {
        this.m = m;
        this.opgeslagen = opgeslagen;
        this.bereik = new Bereikcontrole(bereik, m.afkeuringen, opgeslagen);
    }

    /**
     * Checks the six files other than absenties.csv (their rejections go to the folder's list). Must run before
     * {@link #absenties}, whose rows refer to these.
     */
    void stam() {
        m.scholen = uniek(Bestand.SCHOLEN, m.scholen, School::id, "school_id");
        m.scholen = bereik.scholen(Bestand.SCHOLEN, m.scholen, School::id);
        scholen = opgeslagen.scholen();
        opgeslagenScholen = Set.copyOf(scholen.keySet());
        m.scholen.forEach(r -> scholen.put(r.waarde().id(), r.waarde()));

        m.kalender = uniek(Bestand.KALENDER, m.kalender, k -> List.of(k.school(), k.periode().van()),
                "school_id, van");
        m.kalender = bereik.scholen(Bestand.KALENDER, m.kalender, Kalenderrij::school);
        m.kalender = bekend(Bestand.KALENDER, m.kalender, k -> k.school(), scholen::containsKey, "school_id");

        m.leerlingen = uniek(Bestand.LEERLINGEN, m.leerlingen, Leerling::id, "leerling_id");
        m.inschrijvingen = uniek(Bestand.INSCHRIJVINGEN, m.inschrijvingen,
                i -> List.of(i.leerling(), i.school(), i.van()), "leerling_id, school_id, van");
        // the reach before the references: a rejection never tells whether a pupil or school exists elsewhere
        m.inschrijvingen = bereik.scholen(Bestand.INSCHRIJVINGEN, m.inschrijvingen, Inschrijving::school);
        m.leerlingen = bereik.leerlingen(Bestand.LEERLINGEN, m.leerlingen, Leerling::id, m.inschrijvingen);
        m.bevolking = bereik.alleenGemeente(Bestand.BEVOLKING, m.bevolking);
        m.vrijstellingen = bereik.alleenGemeente(Bestand.VRIJSTELLINGEN, m.vrijstellingen);
        Set<LeerlingId> genoemd = new HashSet<>();
        m.inschrijvingen.forEach(r -> genoemd.add(r.waarde().leerling()));
        m.vrijstellingen.forEach(r -> genoemd.add(r.waarde().leerling()));
        leerlingen = bekendeLeerlingen(genoemd);

        m.inschrijvingen = bekend(Bestand.INSCHRIJVINGEN, m.inschrijvingen, Inschrijving::leerling,
                leerlingen::contains, "leerling_id");
        m.inschrijvingen = bekend(Bestand.INSCHRIJVINGEN, m.inschrijvingen, Inschrijving::school,
                scholen::containsKey, "school_id");

        m.bevolking = uniek(Bestand.BEVOLKING, m.bevolking, v -> List.of(v.persoon(), v.gemeente(), v.van()),
                "persoon_id, gemeente, van");

        m.vrijstellingen = uniek(Bestand.VRIJSTELLINGEN, m.vrijstellingen,
                v -> List.of(v.leerling(), v.grond(), v.van()), "leerling_id, grond, van");
        m.vrijstellingen = bekend(Bestand.VRIJSTELLINGEN, m.vrijstellingen, Vrijstelling::leerling,
                leerlingen::contains, "leerling_id");

        // a parent's row is about a pupil this import may write (the reach first) and that is known
        m.ouders = uniek(Bestand.OUDERS, m.ouders, o -> List.of(o.leerling(), o.naam()), "leerling_id, naam");
        m.ouders = bereik.ouders(Bestand.OUDERS, m.ouders, Ouder::leerling, m.inschrijvingen);
        Set<LeerlingId> vanOuders = new HashSet<>();
        m.ouders.forEach(r -> vanOuders.add(r.waarde().leerling()));
        vanOuders.removeAll(leerlingen);
        if (!vanOuders.isEmpty()) leerlingen.addAll(opgeslagen.bekendeLeerlingen(vanOuders));
        m.ouders = bekend(Bestand.OUDERS, m.ouders, Ouder::leerling, leerlingen::contains, "leerling_id");
        overstappen = bereik.overstappen(m.inschrijvingen);
    }

    /**
     * After {@link #stam}: the enrolments to be stored of pupils enrolled at another school before (only in an import
     * without full reach), for the audit log.
     */
    List<Bereikcontrole.Overstap> overstappen() {
        return overstappen;
    }

    /** After {@link #stam}: the schools that were stored before this import. */
    Set<SchoolId> opgeslagenScholen() {
        return opgeslagenScholen;
    }

    /**
     * Checks the parsed absence rows after {@link #stam}; returns their rejections (also marked in the table) without
     * touching the folder's other lists, so it can run on its own thread while those rows are stored. Reads the
     * stored state it needs itself.
     */
    List<Afkeuring> absenties() {
        var t = m.absenties;
        Set<LeerlingId> genoemd = new HashSet<>();
        for (int i = 0; i < t.aantalLeerlingen(); i++) genoemd.add(new LeerlingId(t.leerlingen[i]));
        List<Afkeuring> afkeuringen = new ArrayList<>();
        new AbsentieControle(m, opgeslagen, scholen, bekendeLeerlingen(genoemd), bereik, afkeuringen).controleer();
        return afkeuringen;
    }

    /** Of the pupils {@code genoemd}: those with a valid leerlingen.csv row or stored, plus all valid folder pupils. */
    private Set<LeerlingId> bekendeLeerlingen(Set<LeerlingId> genoemd) {
        Set<LeerlingId> inMap = new HashSet<>();
        m.leerlingen.forEach(r -> inMap.add(r.waarde().id()));
        genoemd.removeAll(inMap);
        Set<LeerlingId> bekend = genoemd.isEmpty() ? new HashSet<>() : opgeslagen.bekendeLeerlingen(genoemd);
        bekend.addAll(inMap);
        return bekend;
    }

    /** The reason for a reference to a pupil or school that is neither stored nor valid in the folder. */
    static String onbekend(Object id, String kolom) {
        String bron = kolom.equals("school_id") ? "scholen.csv" : "leerlingen.csv";
        return id + " is onbekend (niet opgeslagen en geen geldige rij in " + bron + ")";
    }

    private <T> List<Rij<T>> uniek(Bestand b, List<Rij<T>> rijen, Function<T, Object> sleutel, String kolommen) {
        Map<Object, Long> eerder = new HashMap<>();
        List<Rij<T>> uniek = new ArrayList<>(rijen.size());
        for (Rij<T> r : rijen) {
            Long regel = eerder.putIfAbsent(sleutel.apply(r.waarde()), r.regel());
            if (regel == null) {
                uniek.add(r);
            } else {
                m.afkeuringen.add(new Afkeuring(b.naam(), r.regel(), "",
                        "dubbele sleutel (" + kolommen + "): staat ook op regel " + regel));
            }
        }
        return uniek;
    }

    private <T, I> List<Rij<T>> bekend(Bestand b, List<Rij<T>> rijen, Function<T, I> id, Predicate<I> bekend,
            String kolom) {
        List<Rij<T>> goed = new ArrayList<>(rijen.size());
        for (Rij<T> r : rijen) {
            I waarde = id.apply(r.waarde());
            if (bekend.test(waarde)) {
                goed.add(r);
            } else {
                m.afkeuringen.add(new Afkeuring(b.naam(), r.regel(), kolom, onbekend(waarde, kolom)));
            }
        }
        return goed;
    }
}
