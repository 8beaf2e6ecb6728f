package nl.inbeeld.verzuim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.function.Consumer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inbeeld.aanwezigheid.Absentiecode;
import nl.inbeeld.aanwezigheid.Absentierijen;
import nl.inbeeld.aanwezigheid.Absenties;
import nl.inbeeld.aanwezigheid.AbsentiesGewijzigd;
import nl.inbeeld.leerling.Leerling;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerling.Leerlingen;
import nl.inbeeld.leerling.Verblijfperiode;
import nl.inbeeld.leerling.Woongemeente;
import nl.inbeeld.leerplicht.Leerplichtinstellingen;
import nl.inbeeld.school.SchoolId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the signals of pupils whose administration changed: reads their absences in date order, runs
 * the {@link Detector} per pupil and school, and replaces their stored signals — in the transaction that made
 * the change, so signals never disagree with the administration.
 */
@Service
public class Signaaldetectie {

    private static final int BATCH = 50_000;
    private final int groot;

    private final Absenties absenties;
    private final Leerlingen leerlingen;
    private final Kalenders kalenders;
    private final Signalen signalen;
    private final Detectieregels regels;
    private final ApplicationEventPublisher events;

    Signaaldetectie(Absenties absenties, Leerlingen leerlingen, Kalenders kalenders, Signalen signalen,
            Detectieregels regels, ApplicationEventPublisher events,
            @Value("${inbeeld.verzuim.bulk-vanaf:10000}") int groot) {
        this.groot = groot;
        this.absenties = absenties;
        this.leerlingen = leerlingen;
        this.kalenders = kalenders;
        this.signalen = signalen;
        this.regels = regels;
        this.events = events;
    }

    @EventListener
    void bijWijziging(AbsentiesGewijzigd gewijzigd) {
        herbereken(gewijzigd.leerlingen(), gewijzigd.inGeheugen());
    }

    /**
     * Recomputes and stores the signals of these pupils and publishes {@link SignalenBijgewerkt} in the same
     * transaction; returns how many signals they now have. Fewer than {@code inbeeld.verzuim.bulk-vanaf} (10,000) pupils (an absence entered,
     * a daily import): only the difference is written, and the event names only the pupils whose mandatory signals
     * changed. More (a bulk import): every signal of these pupils is replaced and the event names all of them.
     */
    @Transactional
    public int herbereken(Collection<LeerlingId> ids) {
        return herbereken(ids, null);
    }

    /**
     * As {@link #herbereken(Collection)}; the pupils that {@code inGeheugen} (may be null) covers are read from
     * there instead of from the database.
     */
    @Transactional
    public int herbereken(Collection<LeerlingId> ids, Absentierijen inGeheugen) {
        Set<LeerlingId> uitGeheugen = new HashSet<>();
        List<LeerlingId> uitDatabase = new ArrayList<>();
        Set<LeerlingId> gedekt = inGeheugen == null ? Set.of() : inGeheugen.leerlingen();
        for (LeerlingId id : ids) {
            if (gedekt.contains(id)) uitGeheugen.add(id); else uitDatabase.add(id);
        }
        if (uitGeheugen.size() + uitDatabase.size() < groot) return herberekenKlein(uitGeheugen, uitDatabase, inGeheugen);
        var stand = kalenders.stand();
        // after a bulk import in this transaction the planner's statistics know nothing of the new rows, and every
        // batch below would scan whole tables; ANALYZE sees this transaction's rows
        signalen.statistiekBijwerken("absentie", "leerling", "bevolking", "signaal");
        int totaal = 0;
        if (!uitGeheugen.isEmpty()) totaal += herberekenBatch(uitGeheugen, stand, v -> inGeheugen.lees(uitGeheugen, v));
        for (int van = 0; van < uitDatabase.size(); van += BATCH) {
            var batch = uitDatabase.subList(van, Math.min(uitDatabase.size(), van + BATCH));
            totaal += herberekenBatch(batch, stand, v -> absenties.lees(batch, v));
        }
        signalen.statistiekBijwerken("signaal");
        Set<LeerlingId> alle = new HashSet<>(uitGeheugen);
        alle.addAll(uitDatabase);
        events.publishEvent(new SignalenBijgewerkt(alle));
        return totaal;
    }

    /**
     * The small path: the stored signals and the kalenderversie in one query,
     * the pupils with their residence periods in one, the absences in one (or from memory); then only the
     * difference is written (one round trip, none when nothing changed) — usually a handful of rows, where deleting
     * and copying every signal would cost more.
     */
    private int herberekenKlein(Set<LeerlingId> uitGeheugen, List<LeerlingId> uitDatabase, Absentierijen inGeheugen) {
        List<LeerlingId> lijst = new ArrayList<>(uitGeheugen);
        lijst.addAll(uitDatabase);
        if (lijst.isEmpty()) return 0;
        var opgeslagen = signalen.opgeslagen(lijst);
        var gevonden = leerlingen.zoekMetVerblijf(lijst);
        var verzamelaar = new Verzamelaar(new Detector(regels), kalenders.stand(opgeslagen.kalenderversie()),
                gevonden.leerlingen(), gevonden.verblijf(), regels.rmcVerplicht());
        if (!uitGeheugen.isEmpty()) inGeheugen.lees(uitGeheugen, verzamelaar::volgende);
        if (!uitDatabase.isEmpty()) absenties.lees(uitDatabase, verzamelaar::volgende);
        verzamelaar.afsluiten();
        var verschil = Signaalverschil.tussen(opgeslagen.rijen(), verzamelaar.gevonden);
        signalen.wijzig(lijst, verschil);
        if (!verschil.verplichtGewijzigd().isEmpty()) events.publishEvent(new SignalenBijgewerkt(verschil.verplichtGewijzigd()));
        return verzamelaar.gevonden.size();
    }

    private int herberekenBatch(Collection<LeerlingId> batch, Kalenders.Stand stand,
            Consumer<Absentierijen.Verwerker> bron) {
        Map<LeerlingId, Leerling> personen = leerlingen.zoek(batch);
        Map<LeerlingId, List<Verblijfperiode>> verblijf = leerlingen.verblijf(batch);
        var verzamelaar = new Verzamelaar(new Detector(regels), stand, personen, verblijf, regels.rmcVerplicht());
        bron.accept(verzamelaar::volgende);
        verzamelaar.afsluiten();
        signalen.vervang(batch, verzamelaar.gevonden);
        return verzamelaar.gevonden.size();
    }

    /** Groups the ordered absence rows per pupil and school and runs detection on each group. */
    private static final class Verzamelaar {
        private final Detector detector;
        private final Kalenders.Stand stand;
        private final Map<LeerlingId, Leerling> personen;
        private final Map<LeerlingId, List<Verblijfperiode>> verblijf;
        private final boolean rmcVerplicht;
        private final Absentiedagen dagen = new Absentiedagen();
        private final List<Gedetecteerd> gevonden = new ArrayList<>();
        private String leerlingTekst, schoolTekst;
        private LeerlingId leerling;
        private SchoolId school;

        Verzamelaar(Detector detector, Kalenders.Stand stand, Map<LeerlingId, Leerling> personen,
                Map<LeerlingId, List<Verblijfperiode>> verblijf, boolean rmcVerplicht) {
            this.detector = detector;
            this.stand = stand;
            this.personen = personen;
            this.verblijf = verblijf;
            this.rmcVerplicht = rmcVerplicht;
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
            var grenzen = Groepen.van(persoon, schoolStand.kalender(), Leerplichtinstellingen.standaard());
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
}
