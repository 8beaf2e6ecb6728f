package nl.inbeeld.verzuim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.inbeeld.aanwezigheid.Absentiecode;
import nl.inbeeld.leerling.Leerling;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerling.Verblijfperiode;
import nl.inbeeld.leerling.Woongemeente;
import nl.inbeeld.leerplicht.Leerplichtinstellingen;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.vrijstelling.Vrijstelling;

/** Groups the ordered absence rows per pupil and school and runs detection on each group. */
final class Verzamelaar {
    private final Detector detector;
    private final Kalenders.Stand stand;
    private final Map<LeerlingId, Leerling> personen;
    private final Map<LeerlingId, List<Verblijfperiode>> verblijf;
    private final Map<LeerlingId, List<Vrijstelling>> art15;
    private final boolean rmcVerplicht;
    private final Leerplichtinstellingen instellingen;
    private final Absentiedagen dagen = new Absentiedagen();
    private final List<Gedetecteerd> gevonden = new ArrayList<>();
    private String leerlingTekst, schoolTekst;
    private LeerlingId leerling;
    private SchoolId school;

    Verzamelaar(Detector detector, Kalenders.Stand stand, Map<LeerlingId, Leerling> personen,
            Map<LeerlingId, List<Verblijfperiode>> verblijf, Map<LeerlingId, List<Vrijstelling>> art15,
            boolean rmcVerplicht, Leerplichtinstellingen instellingen) {
        this.detector = detector;
        this.stand = stand;
        this.personen = personen;
        this.verblijf = verblijf;
        this.art15 = art15;
        this.rmcVerplicht = rmcVerplicht;
        this.instellingen = instellingen;
    }

    /** What was detected in the groups closed so far (all of them after {@link #afsluiten}). */
    List<Gedetecteerd> gevonden() {
        return gevonden;
    }

    void volgende(String l, String s, int dag, Absentiecode code, int minuten, int aantal, int gemeldOp) {
        if (!l.equals(leerlingTekst) || !s.equals(schoolTekst)) {
            afsluiten();
            leerlingTekst = l;
            schoolTekst = s;
            leerling = new LeerlingId(l);
            school = new SchoolId(s);
        }
        dagen.voegToe(dag, code.ordinal(), minuten, aantal, gemeldOp);
    }

    void afsluiten() {
        if (dagen.aantal == 0) return;
        Leerling persoon = personen.get(leerling);
        var schoolStand = stand.van(school);
        var index = schoolStand.index(dagen.dag[0], dagen.dag[dagen.aantal - 1]);
        var grenzen = Groepen.van(persoon, schoolStand.kalender(), instellingen,
                art15.getOrDefault(leerling, List.of()));
        List<Verblijfperiode> woonperioden = verblijf.getOrDefault(leerling, List.of());
        LeerlingId l = leerling;
        SchoolId s = school;
        Signaaluitvoer uit = (soort, begin, eind, min, aantal) -> {
            LocalDate einddatum = LocalDate.ofEpochDay(eind);
            var woont = Woongemeente.op(einddatum, persoon, woonperioden);
            boolean verplicht = soort == Signaalsoort.RMC_18_PLUS ? rmcVerplicht : soort.standaardVerplicht();
            gevonden.add(new Gedetecteerd(new Signaal(soort, l, s, LocalDate.ofEpochDay(begin), einddatum,
                    min == Signaaluitvoer.GEEN ? null : min, aantal == Signaaluitvoer.GEEN ? null : aantal,
                    soort.isVoorSchool() ? null : woont, verplicht), woont));
        };
        detector.detecteer(dagen, 0, dagen.aantal, index, schoolStand.lesminutenPerDag(), grenzen, uit);
        dagen.leeg();
    }
}
