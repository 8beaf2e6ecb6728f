package nl.inbeeld.aanwezigheid.inlezen;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inbeeld.aanwezigheid.Afkeuring;
import nl.inbeeld.leerling.Inschrijving;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.school.Kalenderperiode;
import nl.inbeeld.school.Lesdagindex;
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
    private final boolean[] schoolInBereik;
    private final Bereikcontrole bereik;
    private final List<Afkeuring> afkeuringen;

    AbsentieControle(Mapinhoud m, Opgeslagen opgeslagen, Map<SchoolId, School> scholen, Set<LeerlingId> leerlingen,
            Bereikcontrole bereik, List<Afkeuring> afkeuringen) {
        this.afkeuringen = afkeuringen;
        this.bereik = bereik;
        this.m = m;
        this.opgeslagen = opgeslagen;
        this.t = m.absenties;
        this.school = new School[t.aantalScholen()];
        this.kalender = new Schoolkalender[t.aantalScholen()];
        this.schoolInBereik = new boolean[t.aantalScholen()];
        for (int s = 0; s < school.length; s++) {
            school[s] = scholen.get(new SchoolId(t.scholen[s]));
            schoolInBereik[s] = bereik.school(t.scholen[s]);
        }
        this.leerlingBekend = new boolean[t.aantalLeerlingen()];
        for (int l = 0; l < leerlingBekend.length; l++) {
            leerlingBekend[l] = leerlingen.contains(new LeerlingId(t.leerlingen[l]));
        }
    }

    void controleer() {
        if (t.aantal == 0) return;
        kalenders();
        int[][] inschrijvingen = inschrijvingen();
        Lesdagen lesdagen = new Lesdagen();
        int folderrijen = t.aantal;
        for (int i = 0; i < folderrijen; i++) {
            String[] bezwaar = bezwaar(i, lesdagen, inschrijvingen[t.leerling[i]]);
            if (bezwaar != null) afkeur(i, bezwaar[0], bezwaar[1]);
        }
        opgeslagen.absenties(t);
        new Dagtotalen(t, school, this::afkeur).controleer();
    }

    /**
     * Per school of the table whether a day is a lesson day, over the days of the folder rows: one array lookup per
     * row ({@link Lesdagindex}) instead of a search through the calendar. Over a span of more than
     * {@link #MAX_JAREN} years (odd dates that the row check will report) the calendar is asked day by day.
     */
    private final class Lesdagen {
        private static final int MAX_JAREN = 20;
        private final Lesdagindex[] index = new Lesdagindex[school.length];
        private final int eerste, laatste;

        Lesdagen() {
            int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
            for (int i = 0; i < t.aantal; i++) {
                min = Math.min(min, t.dag[i]);
                max = Math.max(max, t.dag[i]);
            }
            boolean kort = (long) max - min <= MAX_JAREN * 366L;
            eerste = kort ? min : 0;
            laatste = kort ? max : -1;
        }

        boolean isLesdag(int s, int dag) {
            if (dag < eerste || dag > laatste) return kalender[s].isLesdag(LocalDate.ofEpochDay(dag));
            if (index[s] == null) index[s] = kalender[s].index(LocalDate.ofEpochDay(eerste), LocalDate.ofEpochDay(laatste));
            return index[s].code(dag) != Lesdagindex.GEEN_LESDAG;
        }
    }

    /** Why row {@code i} cannot be stored apart from duplicates and day totals: {kolom, reden}, or null. */
    private String[] bezwaar(int i, Lesdagen lesdagen, int[] inschrijvingen) {
        int s = t.school[i], dag = t.dag[i];
        // the reach first: a rejection never tells whether the pupil exists; within it, the enrolment check below
        // keeps the row to a pupil enrolled at that school on that day
        if (!schoolInBereik[s]) return new String[] {"school_id", bereik.vreemdeSchool(t.scholen[s])};
        if (!leerlingBekend[t.leerling[i]]) {
            return new String[] {"leerling_id", Controle.onbekend(t.leerlingen[t.leerling[i]], "leerling_id")};
        }
        if (school[s] == null) return new String[] {"school_id", Controle.onbekend(t.scholen[s], "school_id")};
        if (!lesdagen.isLesdag(s, dag)) {
            LocalDate d = LocalDate.ofEpochDay(dag);
            String waarom = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY
                    ? "weekend" : kalender[s].periodeOp(d).map(AbsentieControle::omschrijving).orElse("geen lesdag");
            return new String[] {"datum", d + " is geen lesdag van school " + t.scholen[s] + " (" + waarom + ")"};
        }
        if (inschrijvingen != null) {
            for (int k = 0; k < inschrijvingen.length; k += 3) {
                if (inschrijvingen[k] == s && dag >= inschrijvingen[k + 1] && dag <= inschrijvingen[k + 2]) return null;
            }
        }
        return new String[] {"datum", LocalDate.ofEpochDay(dag) + " valt buiten elke inschrijving van leerling "
                + t.leerlingen[t.leerling[i]] + " op school " + t.scholen[s]};
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

    /**
     * The enrolments of each pupil of the table, stored ones with those of the folder added or replacing by key
     * (school, van): per pupil number a run of (school number in the table, first day, last day) as epoch days.
     */
    private int[][] inschrijvingen() {
        List<LeerlingId> ids = new ArrayList<>();
        for (int l = 0; l < leerlingBekend.length; l++) if (leerlingBekend[l]) ids.add(new LeerlingId(t.leerlingen[l]));
        int[][] perLeerling = new int[leerlingBekend.length][];
        for (Rij<Inschrijving> r : m.inschrijvingen) voegToe(perLeerling, r.waarde(), true);
        for (Inschrijving in : opgeslagen.inschrijvingen(ids)) voegToe(perLeerling, in, false);
        return perLeerling;
    }

    /** Adds an enrolment; a stored one is left out when the folder has one with the same school and start. */
    private void voegToe(int[][] perLeerling, Inschrijving in, boolean uitMap) {
        int l = t.bestaandeLeerling(in.leerling().waarde());
        int s = t.bestaandeSchool(in.school().waarde());
        if (l < 0 || s < 0) return; // no row of the table can lie within it
        int van = (int) in.van().toEpochDay();
        int tot = in.totEnMet() == null ? Integer.MAX_VALUE : (int) in.totEnMet().toEpochDay();
        int[] lijst = perLeerling[l];
        if (lijst == null) {
            perLeerling[l] = new int[] {s, van, tot};
            return;
        }
        if (!uitMap) {
            for (int k = 0; k < lijst.length; k += 3) {
                if (lijst[k] == s && lijst[k + 1] == van) return;
            }
        }
        lijst = Arrays.copyOf(lijst, lijst.length + 3);
        lijst[lijst.length - 3] = s;
        lijst[lijst.length - 2] = van;
        lijst[lijst.length - 1] = tot;
        perLeerling[l] = lijst;
    }
}
