package nl.inbeeld.aanwezigheid.inlezen;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inbeeld.aanwezigheid.Afkeuring;
import nl.inbeeld.leerling.Inschrijving;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.school.Kalenderperiode;
import nl.inbeeld.school.School;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.school.Schoolkalender;

/**
 * Checks the absence rows: known pupil and school, a lesson day of the school, within an enrolment of the pupil at
 * that school, no duplicate key, and per pupil, school and day no more minutes than the school's lesson minutes
 * (the stored rows the folder does not replace included). One pass over rows grouped by pupil.
 */
final class AbsentieControle {

    private static final String BESTAND = Bestand.ABSENTIES.naam();

    private final Mapinhoud m;
    private final Opgeslagen opgeslagen;
    private final Absentietabel t;
    private final School[] school;
    private final Schoolkalender[] kalender;
    private final boolean[] leerlingBekend;
    private final List<Afkeuring> afkeuringen;

    AbsentieControle(Mapinhoud m, Opgeslagen opgeslagen, Map<SchoolId, School> scholen, Set<LeerlingId> leerlingen,
            List<Afkeuring> afkeuringen) {
        this.afkeuringen = afkeuringen;
        this.m = m;
        this.opgeslagen = opgeslagen;
        this.t = m.absenties;
        this.school = new School[t.aantalScholen()];
        this.kalender = new Schoolkalender[t.aantalScholen()];
        for (int s = 0; s < school.length; s++) school[s] = scholen.get(new SchoolId(t.scholen[s]));
        this.leerlingBekend = new boolean[t.aantalLeerlingen()];
        for (int l = 0; l < leerlingBekend.length; l++) {
            leerlingBekend[l] = leerlingen.contains(new LeerlingId(t.leerlingen[l]));
        }
    }

    void controleer() {
        if (t.aantal == 0) return;
        kalenders();
        List<Inschrijving>[] inschrijvingen = inschrijvingen();
        int folderrijen = t.aantal;
        for (int i = 0; i < folderrijen; i++) {
            String[] bezwaar = bezwaar(i, inschrijvingen[t.leerling[i]]);
            if (bezwaar != null) afkeur(i, bezwaar[0], bezwaar[1]);
        }
        opgeslagen.absenties(t);
        new Dagtotalen(t, school, this::afkeur).controleer();
    }

    /** Why row {@code i} cannot be stored apart from duplicates and day totals: {kolom, reden}, or null. */
    private String[] bezwaar(int i, List<Inschrijving> inschrijvingen) {
        String leerling = t.leerlingen[t.leerling[i]], schoolId = t.scholen[t.school[i]];
        if (!leerlingBekend[t.leerling[i]]) return new String[] {"leerling_id", Controle.onbekend(leerling, "leerling_id")};
        if (school[t.school[i]] == null) return new String[] {"school_id", Controle.onbekend(schoolId, "school_id")};
        LocalDate dag = LocalDate.ofEpochDay(t.dag[i]);
        Schoolkalender k = kalender[t.school[i]];
        if (!k.isLesdag(dag)) {
            String waarom = dag.getDayOfWeek() == DayOfWeek.SATURDAY || dag.getDayOfWeek() == DayOfWeek.SUNDAY
                    ? "weekend" : k.periodeOp(dag).map(AbsentieControle::omschrijving).orElse("geen lesdag");
            return new String[] {"datum", dag + " is geen lesdag van school " + schoolId + " (" + waarom + ")"};
        }
        if (inschrijvingen != null) {
            for (Inschrijving in : inschrijvingen) {
                if (in.school().waarde().equals(schoolId) && in.omvat(dag)) return null;
            }
        }
        return new String[] {"datum",
                dag + " valt buiten elke inschrijving van leerling " + leerling + " op school " + schoolId};
    }

    private static String omschrijving(Kalenderperiode p) {
        if (p.omschrijving() != null && !p.omschrijving().isBlank()) return p.omschrijving();
        return p.soort().name().toLowerCase().replace('_', ' ');
    }

    private void afkeur(int i, String kolom, String reden) {
        t.afgekeurd[i] = true;
        afkeuringen.add(new Afkeuring(BESTAND, t.regel[i], kolom, reden));
    }

    /** The calendar of each school: the stored periods, with those of the folder added or replacing by start. */
    private void kalenders() {
        Map<SchoolId, Schoolkalender> opgeslagenKalenders = opgeslagen.kalenders();
        Map<SchoolId, Map<LocalDate, Kalenderperiode>> perSchool = new HashMap<>();
        for (int s = 0; s < school.length; s++) {
            var id = new SchoolId(t.scholen[s]);
            Map<LocalDate, Kalenderperiode> perioden = new HashMap<>();
            var k = opgeslagenKalenders.get(id);
            if (k != null) k.perioden().forEach(p -> perioden.put(p.van(), p));
            perSchool.put(id, perioden);
        }
        for (Rij<Kalenderrij> r : m.kalender) {
            var perioden = perSchool.get(r.waarde().school());
            if (perioden != null) perioden.put(r.waarde().periode().van(), r.waarde().periode());
        }
        for (int s = 0; s < school.length; s++) {
            kalender[s] = new Schoolkalender(new ArrayList<>(perSchool.get(new SchoolId(t.scholen[s])).values()));
        }
    }

    /** The enrolments of each pupil of the table: stored ones, with those of the folder added or replacing. */
    @SuppressWarnings("unchecked")
    private List<Inschrijving>[] inschrijvingen() {
        List<LeerlingId> ids = new ArrayList<>();
        for (int l = 0; l < leerlingBekend.length; l++) if (leerlingBekend[l]) ids.add(new LeerlingId(t.leerlingen[l]));
        Map<List<Object>, Inschrijving> perSleutel = new HashMap<>();
        for (Inschrijving in : opgeslagen.inschrijvingen(ids)) perSleutel.put(sleutel(in), in);
        for (Rij<Inschrijving> r : m.inschrijvingen) perSleutel.put(sleutel(r.waarde()), r.waarde());
        List<Inschrijving>[] perLeerling = new List[leerlingBekend.length];
        for (Inschrijving in : perSleutel.values()) {
            int l = t.bestaandeLeerling(in.leerling().waarde());
            if (l < 0) continue;
            if (perLeerling[l] == null) perLeerling[l] = new ArrayList<>(2);
            perLeerling[l].add(in);
        }
        return perLeerling;
    }

    private static List<Object> sleutel(Inschrijving in) {
        return List.of(in.leerling(), in.school(), in.van());
    }
}
