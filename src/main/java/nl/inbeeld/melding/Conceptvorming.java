package nl.inbeeld.melding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.toegang.Auditlog;
import nl.inbeeld.toegang.Gebruiker;
import nl.inbeeld.verzuim.Signaal;
import nl.inbeeld.verzuim.Signalen;
import nl.inbeeld.verzuim.SignalenBijgewerkt;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every mandatory signal becomes a CONCEPT melding (rules.md 2.3.8): when detection reports that a pupil's mandatory
 * signals may have changed ({@link SignalenBijgewerkt}), this reconciles the pupil's drafts with them
 * ({@link Afstemming}). Synchronous, inside the transaction of the change, so an import with its signals and drafts
 * commits or rolls back as one.
 */
@Component
class Conceptvorming {

    private static final int PARTIJ = 25_000;
    private static final Gebruiker SYSTEEM = Gebruiker.systeem("signaaldetectie");

    private final Signalen signalen;
    private final Conceptopslag opslag;
    private final Afstemming afstemming;
    private final Auditlog auditlog;
    private final Clock clock;
    private final int bulkVanaf; // from this many pupils on (an import) detection names them all: the bulk path

    Conceptvorming(Signalen signalen, Conceptopslag opslag, Meldingregels regels, Auditlog auditlog, Clock clock,
            @Value("${inbeeld.verzuim.bulk-vanaf:10000}") int bulkVanaf) {
        this.bulkVanaf = bulkVanaf;
        this.signalen = signalen;
        this.opslag = opslag;
        this.afstemming = new Afstemming(regels);
        this.auditlog = auditlog;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void bijSignalen(SignalenBijgewerkt bijgewerkt) {
        afstemmen(bijgewerkt.leerlingen());
    }

    /** Reconciles the drafts of these pupils with their current signals; returns what changed. */
    @Transactional
    Afstemming.Resultaat afstemmen(Collection<LeerlingId> leerlingen) {
        var lijst = new ArrayList<>(leerlingen);
        List<Concept> nieuw = new ArrayList<>();
        List<Concept> gewijzigd = new ArrayList<>();
        List<Long> vervallen = new ArrayList<>();
        LocalDate vandaag = LocalDate.now(clock);
        // many pupils at once (an import): fresh planner statistics, or each batch scans the tables whole;
        // a few (an absence entered): fewer round trips and index lookups per pupil
        boolean groot = lijst.size() >= bulkVanaf;
        if (groot) opslag.statistiekBijwerken();
        for (int van = 0; van < lijst.size(); van += PARTIJ) {
            var partij = lijst.subList(van, Math.min(lijst.size(), van + PARTIJ));
            var resultaat = partij(partij, groot);
            if (groot) opslag.bewaar(resultaat.nieuw(), resultaat.gewijzigd(), resultaat.vervallen(), vandaag);
            else opslag.bewaarKlein(resultaat.nieuw(), resultaat.gewijzigd(), resultaat.vervallen(), vandaag);
            nieuw.addAll(resultaat.nieuw());
            gewijzigd.addAll(resultaat.gewijzigd());
            vervallen.addAll(resultaat.vervallen());
        }
        var totaal = new Afstemming.Resultaat(nieuw, gewijzigd, vervallen);
        if (!totaal.isLeeg()) {
            auditlog.vastleggen(SYSTEEM, "WIJZIGEN meldingconcepten: " + nieuw.size() + " nieuw, " + gewijzigd.size()
                    + " bijgewerkt, " + vervallen.size() + " vervallen", null, "meldplicht verzuim (Lpw art. 21a)");
        }
        return totaal;
    }

    private Afstemming.Resultaat partij(List<LeerlingId> partij, boolean groot) {
        Map<LeerlingId, List<Signaal>> verplicht = new HashMap<>();
        for (Signaal s : signalen.verplichtVanLeerlingen(partij)) {
            if (s.verplicht() && s.meldenAan() != null && Meldingsoort.van(s.soort()).isPresent()) {
                verplicht.computeIfAbsent(s.leerling(), k -> new ArrayList<>()).add(s);
            }
        }
        var bestaand = groot ? opslag.vanSignalen(partij) : opslag.vanSignalenKlein(partij);
        List<Concept> nieuw = new ArrayList<>();
        List<Concept> gewijzigd = new ArrayList<>();
        List<Long> vervallen = new ArrayList<>();
        for (LeerlingId l : partij) {
            var r = afstemming.afstemmen(verplicht.getOrDefault(l, List.of()), bestaand.getOrDefault(l, Map.of()));
            nieuw.addAll(r.nieuw());
            gewijzigd.addAll(r.gewijzigd());
            vervallen.addAll(r.vervallen());
        }
        return new Afstemming.Resultaat(nieuw, gewijzigd, vervallen);
    }
}
