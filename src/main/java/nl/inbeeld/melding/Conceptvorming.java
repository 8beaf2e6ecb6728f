package nl.inbeeld.melding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerplicht.Leerplichtinstellingen;
import nl.inbeeld.opslag.Rondgang;
import nl.inbeeld.toegang.Auditlog;
import nl.inbeeld.toegang.Gebruiker;
import nl.inbeeld.verzuim.Signaal;
import nl.inbeeld.verzuim.Signalen;
import nl.inbeeld.verzuim.SignalenBijgewerkt;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate template;

    Conceptvorming(Signalen signalen, Conceptopslag opslag, Meldingregels regels, Leerplichtinstellingen instellingen,
            Auditlog auditlog, Clock clock, JdbcTemplate template) {
        this.signalen = signalen;
        this.opslag = opslag;
        this.afstemming = new Afstemming(regels, instellingen.termijnenwet());
        this.auditlog = auditlog;
        this.clock = clock;
        this.template = template;
    }

    @EventListener
    @Transactional
    void bijSignalen(SignalenBijgewerkt bijgewerkt) {
        bijgewerkt.verplichteSignalen().ifPresentOrElse(this::afstemmenMet, () -> afstemmen(bijgewerkt.leerlingen()));
    }

    /**
     * Reconciles the drafts of these pupils with their current signals, read from the database in batches: the bulk
     * path, after an import recomputed every pupil (the only event without the signals); returns what changed.
     */
    @Transactional
    Afstemming.Resultaat afstemmen(Collection<LeerlingId> leerlingen) {
        var lijst = new ArrayList<>(leerlingen);
        var totaal = new Resultaten();
        opslag.statistiekBijwerken(); // fresh planner statistics, or each batch scans the tables whole
        for (int van = 0; van < lijst.size(); van += PARTIJ) {
            var partij = lijst.subList(van, Math.min(lijst.size(), van + PARTIJ));
            Map<LeerlingId, List<Signaal>> verplicht = new LinkedHashMap<>();
            partij.forEach(l -> verplicht.put(l, new ArrayList<>()));
            signalen.verplichtVanLeerlingen(partij).forEach(s -> verplicht.get(s.leerling()).add(s));
            var resultaat = afstemming(verplicht, opslag.vanSignalen(partij));
            opslag.bewaar(resultaat.nieuw(), resultaat.gewijzigd(), resultaat.vervallen(), vandaag());
            totaal.voegToe(resultaat);
        }
        auditregel(totaal.resultaat()).ifPresent(regel -> Rondgang.uitvoeren(template, List.of(regel)));
        return totaal.resultaat();
    }

    /**
     * As {@link #afstemmen(Collection)}, with each pupil's current mandatory signals given (a small recomputation
     * carries them): one round trip reads the pupils' drafts (each an index lookup), one writes what changed with its
     * audit entry.
     */
    @Transactional
    Afstemming.Resultaat afstemmenMet(Map<LeerlingId, List<Signaal>> verplicht) {
        var resultaat = afstemming(verplicht, opslag.vanSignalenKlein(verplicht.keySet()));
        List<Rondgang.Deel> schrijven = new ArrayList<>(opslag.schrijfKlein(resultaat.nieuw(), resultaat.gewijzigd(),
                resultaat.vervallen(), vandaag()));
        auditregel(resultaat).ifPresent(schrijven::add);
        Rondgang.uitvoeren(template, schrijven);
        return resultaat;
    }

    private LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    /** The audit entry of a reconciliation; none when nothing changed. */
    private Optional<Rondgang.Deel> auditregel(Afstemming.Resultaat r) {
        if (r.isLeeg()) return Optional.empty();
        return Optional.of(auditlog.regel(SYSTEEM, "WIJZIGEN meldingconcepten: " + r.nieuw().size() + " nieuw, "
                + r.gewijzigd().size() + " bijgewerkt, " + r.vervallen().size() + " vervallen", null,
                "meldplicht verzuim (Lpw art. 21a)"));
    }

    /** Reconciles each pupil's drafts with its signals (of which only those that become meldingen count). */
    private Afstemming.Resultaat afstemming(Map<LeerlingId, List<Signaal>> signalen,
            Map<LeerlingId, Map<Verzuimmelding, Set<Signaalsleutel>>> bestaand) {
        var totaal = new Resultaten();
        signalen.forEach((l, vanLeerling) -> {
            var verplicht = vanLeerling.stream()
                    .filter(s -> s.verplicht() && s.meldenAan() != null && Meldingsoort.van(s.soort()).isPresent())
                    .toList();
            totaal.voegToe(afstemming.afstemmen(verplicht, bestaand.getOrDefault(l, Map.of())));
        });
        return totaal.resultaat();
    }

    /** Results of several reconciliations gathered into one. */
    private static final class Resultaten {
        private final List<Concept> nieuw = new ArrayList<>();
        private final List<Concept> gewijzigd = new ArrayList<>();
        private final List<Long> vervallen = new ArrayList<>();

        void voegToe(Afstemming.Resultaat r) {
            nieuw.addAll(r.nieuw());
            gewijzigd.addAll(r.gewijzigd());
            vervallen.addAll(r.vervallen());
        }

        Afstemming.Resultaat resultaat() {
            return new Afstemming.Resultaat(nieuw, gewijzigd, vervallen);
        }
    }
}
