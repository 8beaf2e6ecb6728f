package nl.inbeeld.aanwezigheid.inlezen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import nl.inbeeld.aanwezigheid.Absentie;
import nl.inbeeld.aanwezigheid.Absentiecode;
import nl.inbeeld.aanwezigheid.Afkeuring;
import nl.inbeeld.leerling.Inschrijving;
import nl.inbeeld.leerling.Leerling;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerling.Verblijfperiode;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.Kalenderperiode;
import nl.inbeeld.school.Kalendersoort;
import nl.inbeeld.school.School;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.school.Schoolkalender;
import nl.inbeeld.school.Sector;
import nl.inbeeld.school.Vakantieregio;

/**
 * Validates a folder in uitwisselformaat v1 (spec §1–§2) against itself and what is stored: every bad row is
 * reported with file, line, column and a Dutch reason; references resolve to stored rows or valid rows of the
 * same folder, so a rejected pupil also rejects its absences.
 */
public final class Mapcontrole {

    enum Grond { G5A, G5B, G5C, G15, G3A, G3B }

    private final Path map;
    private final Bestaand bestaand;
    private final Invoer invoer = new Invoer();
    private final Map<SchoolId, School> scholen;
    private final Map<SchoolId, Schoolkalender> kalenders;
    private final Set<String> leerlingen;
    private final Map<String, List<Inschrijving>> inschrijvingen = new HashMap<>();

    public Mapcontrole(Path map, Bestaand bestaand) {
        this.map = map;
        this.bestaand = bestaand;
        this.scholen = new HashMap<>(bestaand.scholen());
        this.kalenders = new HashMap<>(bestaand.kalenders());
        this.leerlingen = new HashSet<>(bestaand.leerlingen());
        bestaand.inschrijvingen().forEach(this::voegInschrijvingToe);
    }

    /** The files of the format, in the order their references require. */
    public static final List<String> BESTANDEN = List.of("scholen.csv", "kalender.csv", "leerlingen.csv",
            "inschrijvingen.csv", "bevolking.csv", "vrijstellingen.csv", "absenties.csv");

    public static boolean bevatBestanden(Path map) {
        return BESTANDEN.stream().anyMatch(b -> Files.isRegularFile(map.resolve(b)));
    }

    public Invoer controleer() {
        lees("scholen.csv", Set.of("school_id", "naam", "sector", "gemeente", "vakantieregio"), Set.of("lesminuten_per_dag"), this::school);
        lees("kalender.csv", Set.of("school_id", "van", "tot_en_met", "soort"), Set.of("omschrijving"), this::kalender);
        lees("leerlingen.csv", Set.of("leerling_id", "geboortedatum", "woongemeente"), Set.of("startkwalificatie_op"), this::leerling);
        lees("inschrijvingen.csv", Set.of("leerling_id", "school_id", "van"), Set.of("tot_en_met"), this::inschrijving);
        lees("bevolking.csv", Set.of("persoon_id", "geboortedatum", "gemeente", "van"), Set.of("tot_en_met"), this::bevolking);
        lees("vrijstellingen.csv", Set.of("leerling_id", "grond", "van"), Set.of("tot_en_met", "kennisgeving_op"), this::vrijstelling);
        var absenties = new Absentiecontrole();
        lees("absenties.csv", Set.of("leerling_id", "school_id", "datum", "minuten", "code"), Set.of("aantal", "gemeld_op"), absenties::rij);
        absenties.minutenPerDag();
        return invoer;
    }

    private final Map<String, Long> sleutels = new HashMap<>();

    private void lees(String bestand, Set<String> verplicht, Set<String> optioneel, BiConsumer<Rijcontrole, Csvbestand.Rij> controle) {
        Path pad = map.resolve(bestand);
        if (!Files.isRegularFile(pad)) return;
        sleutels.clear();
        List<Afkeuring> kopfouten = new ArrayList<>();
        int[] gelezen = {0};
        Csvbestand.lees(pad, verplicht, optioneel, kopfouten, rij -> {
            gelezen[0]++;
            List<Afkeuring> fouten = new ArrayList<>();
            controle.accept(new Rijcontrole(bestand, rij, fouten), rij);
            fouten.forEach(f -> invoer.afgekeurd.add(new Invoer.Afgekeurd(f, rij.tekst())));
        });
        kopfouten.forEach(f -> invoer.afgekeurd.add(new Invoer.Afgekeurd(f, "")));
        invoer.gelezen.put(bestand, gelezen[0]);
    }

    /** Rejects a duplicate key within one file, naming the earlier line. */
    private boolean uniek(Rijcontrole c, Csvbestand.Rij rij, String kolom, String sleutel) {
        Long eerder = sleutels.putIfAbsent(sleutel, rij.regel());
        if (eerder != null) c.fout(kolom, "dubbele sleutel " + sleutel.replace("|", ", ") + " (ook op regel " + eerder + ")");
        return eerder == null;
    }

    private void school(Rijcontrole c, Csvbestand.Rij rij) {
        String id = c.patroon("school_id", SchoolId::isGeldig, "BRIN en vestiging, bijv. 12AB00");
        String naam = c.tekst("naam", true);
        Sector sector = c.soort("sector", Sector.class, true);
        String gemeente = c.patroon("gemeente", Gemeentecode::isGeldig, "GM en 4 cijfers");
        Vakantieregio regio = c.soort("vakantieregio", Vakantieregio.class, true);
        Integer minuten = c.geheel("lesminuten_per_dag", 1, 720, false);
        if (id != null) uniek(c, rij, "school_id", id);
        if (!c.goed()) return;
        var school = new School(new SchoolId(id), naam, sector, new Gemeentecode(gemeente), regio,
                minuten != null ? minuten : sector.standaardLesminutenPerDag());
        invoer.scholen.add(school);
        scholen.put(school.id(), school);
        kalenders.putIfAbsent(school.id(), Schoolkalender.zonderVakanties());
    }

    private void kalender(Rijcontrole c, Csvbestand.Rij rij) {
        SchoolId school = bekendeSchool(c);
        LocalDate van = c.datum("van", true);
        LocalDate tot = c.datum("tot_en_met", true);
        Kalendersoort soort = c.soort("soort", Kalendersoort.class, true);
        c.periode(van, tot);
        if (school != null && van != null) uniek(c, rij, "van", school + "|" + van);
        if (!c.goed()) return;
        var periode = new Kalenderperiode(van, tot, soort, c.tekst("omschrijving", false));
        invoer.kalender.computeIfAbsent(school, k -> new ArrayList<>()).add(periode);
        var perioden = new ArrayList<>(kalenders.get(school).perioden());
        perioden.removeIf(p -> p.van().equals(van));
        perioden.add(periode);
        kalenders.put(school, new Schoolkalender(perioden));
    }

    private void leerling(Rijcontrole c, Csvbestand.Rij rij) {
        String id = c.patroon("leerling_id", LeerlingId::isGeldig, "1 tot 64 tekens A-Z, a-z, 0-9, _ of -");
        LocalDate geboren = c.datum("geboortedatum", true);
        String gemeente = c.patroon("woongemeente", Gemeentecode::isGeldig, "GM en 4 cijfers");
        LocalDate sk = c.datum("startkwalificatie_op", false);
        if (geboren != null && sk != null && !sk.isAfter(geboren)) c.fout("startkwalificatie_op", "startkwalificatie_op " + sk + " ligt niet na de geboortedatum");
        if (id != null) uniek(c, rij, "leerling_id", id);
        if (!c.goed()) return;
        invoer.leerlingen.add(new Leerling(new LeerlingId(id), geboren, new Gemeentecode(gemeente), sk));
        leerlingen.add(id);
    }

    private void inschrijving(Rijcontrole c, Csvbestand.Rij rij) {
        String leerling = bekendeLeerling(c, "leerling_id");
        SchoolId school = bekendeSchool(c);
        LocalDate van = c.datum("van", true);
        LocalDate tot = c.datum("tot_en_met", false);
        c.periode(van, tot);
        if (leerling != null && school != null && van != null) uniek(c, rij, "van", leerling + "|" + school + "|" + van);
        if (!c.goed()) return;
        var inschrijving = new Inschrijving(new LeerlingId(leerling), school, van, tot);
        invoer.inschrijvingen.add(inschrijving);
        voegInschrijvingToe(inschrijving);
    }

    private void voegInschrijvingToe(Inschrijving i) {
        var lijst = inschrijvingen.computeIfAbsent(i.leerling().waarde() + '|' + i.school().waarde(), k -> new ArrayList<>());
        lijst.removeIf(x -> x.van().equals(i.van()));
        lijst.add(i);
    }

    private void bevolking(Rijcontrole c, Csvbestand.Rij rij) {
        String persoon = c.patroon("persoon_id", LeerlingId::isGeldig, "1 tot 64 tekens A-Z, a-z, 0-9, _ of -");
        LocalDate geboren = c.datum("geboortedatum", true);
        String gemeente = c.patroon("gemeente", Gemeentecode::isGeldig, "GM en 4 cijfers");
        LocalDate van = c.datum("van", true);
        LocalDate tot = c.datum("tot_en_met", false);
        c.periode(van, tot);
        if (persoon != null && gemeente != null && van != null) uniek(c, rij, "van", persoon + "|" + gemeente + "|" + van);
        if (!c.goed()) return;
        invoer.bevolking.add(new Verblijfperiode(new LeerlingId(persoon), geboren, new Gemeentecode(gemeente), van, tot));
    }

    private void vrijstelling(Rijcontrole c, Csvbestand.Rij rij) {
        String leerling = bekendeLeerling(c, "leerling_id");
        Grond grond = c.soort("grond", Grond.class, true);
        LocalDate van = c.datum("van", true);
        LocalDate tot = c.datum("tot_en_met", false);
        LocalDate kennisgeving = c.datum("kennisgeving_op", false);
        c.periode(van, tot);
        if (leerling != null && grond != null && van != null) uniek(c, rij, "van", leerling + "|" + Rijcontrole.naam(grond) + "|" + van);
        if (!c.goed()) return;
        invoer.vrijstellingen.add(new Invoer.Vrijstellingsrij(leerling, Rijcontrole.naam(grond), van, tot, kennisgeving));
    }

    private SchoolId bekendeSchool(Rijcontrole c) {
        String id = c.patroon("school_id", SchoolId::isGeldig, "BRIN en vestiging, bijv. 12AB00");
        if (id == null) return null;
        var school = new SchoolId(id);
        if (!scholen.containsKey(school)) {
            c.fout("school_id", "onbekende school " + id);
            return null;
        }
        return school;
    }

    private String bekendeLeerling(Rijcontrole c, String kolom) {
        String id = c.patroon(kolom, LeerlingId::isGeldig, "1 tot 64 tekens A-Z, a-z, 0-9, _ of -");
        if (id != null && !leerlingen.contains(id)) {
            c.fout(kolom, "onbekende leerling " + id);
            return null;
        }
        return id;
    }

    /** absenties.csv: per row, then the minutes per pupil, school and day over all codes. */
    private final class Absentiecontrole {
        private final Map<String, Integer> perDag = new HashMap<>();
        private final Map<String, List<Integer>> rijenPerDag = new HashMap<>();
        private final List<String> teksten = new ArrayList<>();
        private final List<Long> regels = new ArrayList<>();

        void rij(Rijcontrole c, Csvbestand.Rij rij) {
            String leerling = bekendeLeerling(c, "leerling_id");
            SchoolId school = bekendeSchool(c);
            LocalDate datum = c.datum("datum", true);
            Integer minuten = c.geheel("minuten", 1, 720, true);
            Absentiecode code = c.soort("code", Absentiecode.class, true);
            Integer aantal = c.geheel("aantal", 1, 100, false);
            LocalDate gemeld = c.datum("gemeld_op", false);
            if (aantal != null && code != null && code != Absentiecode.TE_LAAT) c.fout("aantal", "aantal hoort alleen bij code TE_LAAT");
            if (school != null && datum != null) lesdag(c, school, datum);
            if (leerling != null && school != null && datum != null) ingeschreven(c, leerling, school, datum);
            if (leerling != null && school != null && datum != null && code != null) {
                uniek(c, rij, "code", leerling + "|" + school + "|" + datum + "|" + code);
            }
            if (!c.goed()) return;
            int index = invoer.absenties.size();
            invoer.absenties.add(new Absentie(new LeerlingId(leerling), school, datum, code, minuten,
                    code == Absentiecode.TE_LAAT ? (aantal == null ? 1 : aantal) : 0, gemeld));
            teksten.add(rij.tekst());
            regels.add(rij.regel());
            String dag = leerling + '|' + school.waarde() + '|' + datum;
            perDag.merge(dag, minuten, Integer::sum);
            rijenPerDag.computeIfAbsent(dag, k -> new ArrayList<>(2)).add(index);
        }

        private void lesdag(Rijcontrole c, SchoolId school, LocalDate datum) {
            var kalender = kalenders.get(school);
            if (kalender.isLesdag(datum)) return;
            String waarom = kalender.periodeOp(datum).map(p -> p.omschrijving() != null ? p.omschrijving()
                    : p.soort() == Kalendersoort.VAKANTIE ? "vakantie" : "vrije dag")
                    .orElse(datum.getDayOfWeek() == DayOfWeek.SATURDAY || datum.getDayOfWeek() == DayOfWeek.SUNDAY ? "weekend" : "geen les");
            c.fout("datum", datum + " is geen lesdag van school " + school + " (" + waarom + ")");
        }

        private void ingeschreven(Rijcontrole c, String leerling, SchoolId school, LocalDate datum) {
            var lijst = inschrijvingen.getOrDefault(leerling + '|' + school.waarde(), List.of());
            if (lijst.stream().noneMatch(i -> i.omvat(datum))) {
                c.fout("datum", "leerling " + leerling + " is op " + datum + " niet ingeschreven bij school " + school);
            }
        }

        /** Rejects every row of a day whose minutes, with the stored codes this folder keeps, exceed a school day. */
        void minutenPerDag() {
            Set<Integer> weg = new HashSet<>();
            for (var e : rijenPerDag.entrySet()) {
                List<Integer> rijen = e.getValue();
                Absentie eerste = invoer.absenties.get(rijen.getFirst());
                int totaal = perDag.get(e.getKey()) + opgeslagenAndereCodes(eerste, rijen);
                int max = scholen.get(eerste.school()).lesminutenPerDag();
                if (totaal <= max) continue;
                for (int i : rijen) {
                    weg.add(i);
                    invoer.afgekeurd.add(new Invoer.Afgekeurd(new Afkeuring("absenties.csv", regels.get(i), "minuten",
                            "samen " + totaal + " minuten afwezig op " + eerste.datum() + ", meer dan de "
                                    + max + " lesminuten per dag van school " + eerste.school()), teksten.get(i)));
                }
            }
            if (weg.isEmpty()) return;
            List<Absentie> over = new ArrayList<>(invoer.absenties.size() - weg.size());
            for (int i = 0; i < invoer.absenties.size(); i++) if (!weg.contains(i)) over.add(invoer.absenties.get(i));
            invoer.absenties.clear();
            invoer.absenties.addAll(over);
        }

        private int opgeslagenAndereCodes(Absentie a, List<Integer> rijen) {
            if (bestaand.absentieMinuten().isEmpty()) return 0;
            Set<Absentiecode> inMap = new HashSet<>();
            rijen.forEach(i -> inMap.add(invoer.absenties.get(i).code()));
            int som = 0;
            for (Absentiecode code : Absentiecode.values()) {
                if (inMap.contains(code)) continue;
                som += bestaand.absentieMinuten().getOrDefault(Bestaand.sleutel(a.leerling().waarde(),
                        a.school().waarde(), a.datum(), code.name()), 0);
            }
            return som;
        }
    }
}
