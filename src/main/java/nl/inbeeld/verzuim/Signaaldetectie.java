package nl.inbeeld.verzuim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
import nl.inbeeld.leerplicht.Leerplichtinstellingen;
import nl.inbeeld.opslag.Rondgang;
import nl.inbeeld.vrijstelling.Vrijstellingen;
import nl.inbeeld.vrijstelling.Vrijstellingsgrond;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
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
    /** Up to this many pupils read from the database, their absences come in the round trip of the other reads. */
    private static final int IN_EEN_RONDGANG = 1_000;
    private final int groot;

    private final Absenties absenties;
    private final Leerlingen leerlingen;
    private final Kalenders kalenders;
    private final Signalen signalen;
    private final Detectieregels regels;
    private final Leerplichtinstellingen instellingen;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate template;
    private final Vrijstellingen vrijstellingen;

    Signaaldetectie(Absenties absenties, Leerlingen leerlingen, Kalenders kalenders, Signalen signalen,
            Detectieregels regels, Leerplichtinstellingen instellingen, ApplicationEventPublisher events,
            JdbcTemplate template, Vrijstellingen vrijstellingen,
            @Value("${inbeeld.verzuim.bulk-vanaf:10000}") int groot) {
        this.groot = groot;
        this.absenties = absenties;
        this.leerlingen = leerlingen;
        this.kalenders = kalenders;
        this.signalen = signalen;
        this.regels = regels;
        this.instellingen = instellingen;
        this.events = events;
        this.template = template;
        this.vrijstellingen = vrijstellingen;
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
     * The small path: the kalenderversie, the stored signals, the pupils with their residence periods and their
     * absences (or those from memory) in one round trip; then only the difference is written (one round trip, none
     * when nothing changed) — usually a handful of rows, where deleting and copying every signal would cost more.
     * The event carries the mandatory signals of the pupils it names, so the drafts need not read them back.
     */
    private int herberekenKlein(Set<LeerlingId> uitGeheugen, List<LeerlingId> uitDatabase, Absentierijen inGeheugen) {
        List<LeerlingId> lijst = new ArrayList<>(uitGeheugen);
        lijst.addAll(uitDatabase);
        if (lijst.isEmpty()) return 0;
        var opgeslagen = signalen.opgeslagen(lijst);
        var gevonden = leerlingen.metVerblijf(lijst);
        var art15 = vrijstellingen.vraag(lijst, Vrijstellingsgrond.ART_15);
        List<Rondgang.Deel> delen = new ArrayList<>(opgeslagen.delen());
        delen.addAll(gevonden.delen());
        delen.addAll(art15.delen());
        var uitRondgang = new Rijbuffer();
        boolean samen = uitDatabase.size() <= IN_EEN_RONDGANG;
        if (samen && !uitDatabase.isEmpty()) delen.add(absenties.deel(uitDatabase, uitRondgang));
        Rondgang.uitvoeren(template, delen);
        var stand = opgeslagen.uitslag().get();
        var personen = gevonden.uitslag().get();
        var verzamelaar = new Verzamelaar(new Detector(regels, instellingen.termijnenwet()), kalenders.stand(stand.kalenderversie()),
                personen.leerlingen(), personen.verblijf(), art15.uitslag().get(), regels.rmcVerplicht(), instellingen);
        if (!uitGeheugen.isEmpty()) inGeheugen.lees(uitGeheugen, verzamelaar::volgende);
        if (samen) uitRondgang.naar(verzamelaar::volgende); else absenties.lees(uitDatabase, verzamelaar::volgende);
        verzamelaar.afsluiten();
        var verschil = Signaalverschil.tussen(stand.rijen(), verzamelaar.gevonden());
        signalen.wijzig(lijst, verschil);
        var gewijzigd = verschil.verplichtGewijzigd();
        if (!gewijzigd.isEmpty()) {
            Map<LeerlingId, List<Signaal>> verplicht = new HashMap<>();
            gewijzigd.forEach(l -> verplicht.put(l, new ArrayList<>()));
            for (Gedetecteerd g : verzamelaar.gevonden()) {
                var lijstVan = g.signaal().verplicht() ? verplicht.get(g.signaal().leerling()) : null;
                if (lijstVan != null) lijstVan.add(g.signaal());
            }
            events.publishEvent(new SignalenBijgewerkt(gewijzigd, verplicht));
        }
        return verzamelaar.gevonden().size();
    }

    /** Absence rows kept as they arrive from a round trip, handed on once the pupils they need are read too. */
    private static final class Rijbuffer implements Absentierijen.Verwerker {
        private record Rij(String leerling, String school, int dag, Absentiecode code, int minuten, int aantal,
                int gemeldOp) {}

        private final List<Rij> rijen = new ArrayList<>();

        @Override
        public void rij(String leerling, String school, int dag, Absentiecode code, int minuten, int aantal, int gemeldOp) {
            rijen.add(new Rij(leerling, school, dag, code, minuten, aantal, gemeldOp));
        }

        void naar(Absentierijen.Verwerker verwerker) {
            for (Rij r : rijen) verwerker.rij(r.leerling(), r.school(), r.dag(), r.code(), r.minuten(), r.aantal(), r.gemeldOp());
        }
    }

    private int herberekenBatch(Collection<LeerlingId> batch, Kalenders.Stand stand,
            Consumer<Absentierijen.Verwerker> bron) {
        Map<LeerlingId, Leerling> personen = leerlingen.zoek(batch);
        Map<LeerlingId, List<Verblijfperiode>> verblijf = leerlingen.verblijf(batch);
        var verzamelaar = new Verzamelaar(new Detector(regels, instellingen.termijnenwet()), stand, personen, verblijf,
                vrijstellingen.van(batch, Vrijstellingsgrond.ART_15), regels.rmcVerplicht(),
                instellingen);
        bron.accept(verzamelaar::volgende);
        verzamelaar.afsluiten();
        signalen.vervang(batch, verzamelaar.gevonden());
        return verzamelaar.gevonden().size();
    }
}
