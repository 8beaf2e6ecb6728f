package nl.inbeeld.melding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.inbeeld.leerplicht.Termijnenwet;
import nl.inbeeld.verzuim.Signaal;

/**
 * Reconciles one pupil's drafts with its current mandatory signals (pure: no database, no clock).
 *
 * <ul>
 * <li>A signal already linked (by {@link Signaalsleutel}) to a melding that is not VERVALLEN makes nothing new:
 *     recomputing the same signals is idempotent.</li>
 * <li>A CONCEPT loses the links of signals that no longer exist; when none is left it becomes VERVALLEN (the
 *     absence was corrected). A sent melding keeps its links: what was sent stays as sent.</li>
 * <li>A new signal becomes a new CONCEPT, except a VERZUIM_16_UUR signal that falls in the bundling window of
 *     the pupil's previous 16-hour melding at the same school (see {@link #bundelVoor}).</li>
 * </ul>
 */
final class Afstemming {

    /** What to write: new drafts, changed drafts (with their id) and drafts that become VERVALLEN. */
    record Resultaat(List<Concept> nieuw, List<Concept> gewijzigd, List<Long> vervallen) {
        boolean isLeeg() {
            return nieuw.isEmpty() && gewijzigd.isEmpty() && vervallen.isEmpty();
        }
    }

    /** A melding under reconciliation: a stored one ({@code oud} not null) or a new draft. */
    private static final class Werk {
        final Verzuimmelding oud;
        final Meldingsoort soort;
        final Set<Signaalsleutel> oudeSleutels;
        final List<Signaal> signalen = new ArrayList<>();

        Werk(Verzuimmelding oud, Meldingsoort soort, Set<Signaalsleutel> oudeSleutels) {
            this.oud = oud;
            this.soort = soort;
            this.oudeSleutels = oudeSleutels;
        }

        Set<Signaalsleutel> sleutels() {
            return signalen.stream().map(Signaalsleutel::van).collect(Collectors.toSet());
        }

        boolean isConcept() {
            return oud == null || oud.status() == Meldingstatus.CONCEPT;
        }

        /** The start of the bundling window; null for a draft that lost all its signals. */
        LocalDate bundelstart() {
            if (!isConcept()) return oud.bundelstart();
            return signalen.stream().map(Signaal::einddatum).min(Comparator.naturalOrder()).orElse(null);
        }
    }

    private final Meldingregels regels;
    private final Termijnenwet termijnenwet;

    Afstemming(Meldingregels regels, Termijnenwet termijnenwet) {
        this.regels = regels;
        this.termijnenwet = termijnenwet;
    }

    /**
     * @param signalen the pupil's current mandatory signals (verplicht, of a soort that has a melding type)
     * @param bestaand the pupil's meldingen made from signals, not VERVALLEN, with their linked signal keys
     */
    Resultaat afstemmen(List<Signaal> signalen, Map<Verzuimmelding, Set<Signaalsleutel>> bestaand) {
        Map<Signaalsleutel, Signaal> huidig = signalen.stream()
                .collect(Collectors.toMap(Signaalsleutel::van, Function.identity(), (a, b) -> a));
        Set<Signaalsleutel> gekoppeld = new HashSet<>();
        List<Werk> werken = new ArrayList<>();
        bestaand.forEach((melding, sleutels) -> {
            var werk = new Werk(melding, melding.soort(), sleutels);
            gekoppeld.addAll(sleutels);
            if (werk.isConcept()) sleutels.stream().map(huidig::get).filter(s -> s != null).forEach(werk.signalen::add);
            werken.add(werk);
        });
        signalen.stream().filter(s -> !gekoppeld.contains(Signaalsleutel.van(s)))
                .sorted(Comparator.comparing(Signaal::einddatum).thenComparing(s -> s.soort().name()))
                .forEach(s -> plaats(s, werken));
        return resultaat(werken);
    }

    private void plaats(Signaal s, List<Werk> werken) {
        Meldingsoort soort = Meldingsoort.van(s.soort()).orElseThrow();
        Werk bundel = soort == Meldingsoort.VERZUIM_16_UUR ? bundelVoor(s, werken) : null;
        if (bundel == null || !bundel.isConcept()) {
            bundel = new Werk(null, soort, Set.of());
            werken.add(bundel);
        }
        bundel.signalen.add(s);
    }

    /**
     * DUO's follow-up rule for continuous absence (rules.md 2.3.6, B6): at most one 16-hour melding per
     * {@code bundelDagen} (7) calendar days. The previous melding is the pupil's 16-hour melding at the same
     * school (any status but VERVALLEN) with the latest bundelstart on or before the signal's einddatum E. When
     * E lies within its window — {@code bundelstart <= E < bundelstart + 7}, i.e. at most 6 calendar days after
     * the einddatum of the melding's first signal — the signal belongs to it: added to it when it is a CONCEPT
     * (einddatum and minuten extended), or to a new CONCEPT when it was already sent (returned as is, the caller
     * starts a new draft). The window is measured from the first signal, not the extended einddatum, so
     * continuous absence gives one melding per week instead of one endless bundle. Null: no window applies.
     */
    private Werk bundelVoor(Signaal s, List<Werk> werken) {
        Werk vorige = null;
        for (Werk w : werken) {
            LocalDate start = w.bundelstart();
            if (w.soort != Meldingsoort.VERZUIM_16_UUR || start == null || start.isAfter(s.einddatum())) continue;
            if (!school(w).equals(s.school())) continue;
            if (vorige == null || start.isAfter(vorige.bundelstart())) vorige = w;
        }
        if (vorige == null || !s.einddatum().isBefore(vorige.bundelstart().plusDays(regels.bundelDagen()))) return null;
        return vorige;
    }

    private static nl.inbeeld.school.SchoolId school(Werk w) {
        return w.oud != null ? w.oud.school() : w.signalen.getFirst().school();
    }

    private Resultaat resultaat(List<Werk> werken) {
        List<Concept> nieuw = new ArrayList<>();
        List<Concept> gewijzigd = new ArrayList<>();
        List<Long> vervallen = new ArrayList<>();
        for (Werk w : werken) {
            if (!w.isConcept()) continue;
            if (w.signalen.isEmpty()) {
                if (w.oud != null) vervallen.add(w.oud.id());
                continue;
            }
            Concept c = Concept.uit(w.oud == null ? null : w.oud.id(), w.soort, w.signalen, regels, termijnenwet);
            if (w.oud == null) nieuw.add(c);
            else if (!c.gelijkAan(w.oud) || !w.sleutels().equals(w.oudeSleutels)) gewijzigd.add(c);
        }
        return new Resultaat(nieuw, gewijzigd, vervallen);
    }
}
