package nl.inbeeld.melding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.inbeeld.leerplicht.Termijnenwet;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.verzuim.Signaal;
import nl.inbeeld.verzuim.Signaalsoort;

/**
 * Reconciles one pupil's drafts with its current mandatory signals (pure: no database, no clock).
 *
 * <ul>
 * <li>A signal already linked (by {@link Signaalsleutel}) to a melding that is not VERVALLEN makes nothing new:
 *     recomputing the same signals is idempotent.</li>
 * <li>A CONCEPT loses the links of signals that no longer exist; when none is left it becomes VERVALLEN (the
 *     absence was corrected). A sent melding keeps its links: what was sent stays as sent.</li>
 * <li>A new signal becomes a new CONCEPT, except a signal that falls in the bundling window of the pupil's previous
 *     melding of the same kind at the same school (see {@link #bundelVoor}), and a luxe day inside a 16-hour signal
 *     (see {@link #luxeIn16Uur}).</li>
 * <li>Spec v1.1 §7: a draft of a kind whose previous melding was sent less than 7 days before it is a follow-up,
 *     sendable only from the 7th day after that sending ({@link Concept#verzendbaarVanaf()}).</li>
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
        final SchoolId school;
        final Set<Signaalsleutel> oudeSleutels;
        final List<Signaal> signalen = new ArrayList<>();

        Werk(Verzuimmelding oud, Meldingsoort soort, SchoolId school, Set<Signaalsleutel> oudeSleutels) {
            this.oud = oud;
            this.soort = soort;
            this.school = school;
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

        /** Whether it holds this signal: a draft by its current signals, a sent melding by its links. */
        boolean bevat(Signaalsleutel sleutel) {
            return isConcept() ? signalen.stream().anyMatch(s -> Signaalsleutel.van(s).equals(sleutel))
                    : oudeSleutels.contains(sleutel);
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
        Map<Signaalsleutel, Signaalsleutel> luxeIn16Uur = luxeIn16Uur(signalen);
        Set<Signaalsleutel> gekoppeld = new HashSet<>();
        List<Werk> werken = new ArrayList<>();
        bestaand.forEach((melding, sleutels) -> {
            var werk = new Werk(melding, melding.soort(), melding.school(), sleutels);
            werken.add(werk);
            for (Signaalsleutel sleutel : sleutels) {
                if (!werk.isConcept()) {
                    gekoppeld.add(sleutel);
                    continue;
                }
                Signaal s = huidig.get(sleutel);
                if (s == null) continue;
                // a luxe day belongs to the 16-hour melding whose signal it lies in, and only there
                boolean luxe = s.soort() == Signaalsoort.LUXE_VERZUIM;
                if (luxe && (werk.soort == Meldingsoort.LUXE_VERZUIM) == luxeIn16Uur.containsKey(sleutel)) continue;
                werk.signalen.add(s);
                gekoppeld.add(sleutel);
            }
        });
        List<Signaal> luxeDagen = new ArrayList<>();
        signalen.stream().filter(s -> !gekoppeld.contains(Signaalsleutel.van(s)))
                .sorted(Comparator.comparing(Signaal::einddatum).thenComparing(s -> s.soort().name()))
                .forEach(s -> {
                    if (luxeIn16Uur.containsKey(Signaalsleutel.van(s))) luxeDagen.add(s);
                    else plaats(s, werken);
                });
        for (Signaal luxe : luxeDagen) {
            var zestien = luxeIn16Uur.get(Signaalsleutel.van(luxe));
            var bij = werken.stream().filter(w -> w.bevat(zestien)).findFirst().orElse(null);
            if (bij == null) plaats(luxe, werken);
            else if (bij.isConcept()) bij.signalen.add(luxe);
            // else: inside a 16-hour melding already sent, whose period names it; never melded twice
        }
        return resultaat(werken);
    }

    /**
     * Spec v1.1 §7: a luxe day that also makes a 16-hour signal gives one melding of kind 16-hour that names it (DUO
     * accepts one verzuimsoort per melding; the more severe one is chosen). Per LUXE_VERZUIM signal whose day lies
     * within a VERZUIM_16_UUR signal of the same school ({@code begindatum <= dag <= einddatum}), that signal's key.
     */
    private static Map<Signaalsleutel, Signaalsleutel> luxeIn16Uur(List<Signaal> signalen) {
        Map<Signaalsleutel, Signaalsleutel> in = new HashMap<>();
        for (Signaal luxe : signalen) {
            if (luxe.soort() != Signaalsoort.LUXE_VERZUIM) continue;
            for (Signaal z : signalen) {
                if (z.soort() == Signaalsoort.VERZUIM_16_UUR && z.school().equals(luxe.school())
                        && !luxe.einddatum().isBefore(z.begindatum()) && !luxe.einddatum().isAfter(z.einddatum())) {
                    in.put(Signaalsleutel.van(luxe), Signaalsleutel.van(z));
                    break;
                }
            }
        }
        return in;
    }

    private void plaats(Signaal s, List<Werk> werken) {
        Meldingsoort soort = Meldingsoort.van(s.soort()).orElseThrow();
        Werk bundel = bundelVoor(s, soort, werken);
        if (bundel == null || !bundel.isConcept()) {
            bundel = new Werk(null, soort, s.school(), Set.of());
            werken.add(bundel);
        }
        bundel.signalen.add(s);
    }

    /**
     * DUO's rule for continuous absence (rules.md 2.3.6, B6; spec v1.1 §7 for every mandatory kind: 16-hour, RMC,
     * LRV, luxe): at most one melding per {@code bundelDagen} (7) calendar days. The previous melding is the pupil's
     * melding of the same kind at the same school (any status but VERVALLEN) with the latest bundelstart on or before
     * the signal's einddatum E. When E lies within its window — {@code bundelstart <= E < bundelstart + 7} — the
     * signal belongs to it: added to it when it is a CONCEPT (einddatum and minuten extended), or to a new CONCEPT
     * when it was already sent (returned as is, the caller starts a new draft, a follow-up when the sending was less
     * than 7 days before). The window is measured from the first signal, not the extended einddatum, so continuous
     * absence gives one melding per week instead of one endless bundle. Null: no window applies.
     */
    private Werk bundelVoor(Signaal s, Meldingsoort soort, List<Werk> werken) {
        Werk vorige = null;
        for (Werk w : werken) {
            LocalDate start = w.bundelstart();
            if (w.soort != soort || start == null || start.isAfter(s.einddatum())) continue;
            if (!w.school.equals(s.school())) continue;
            if (vorige == null || start.isAfter(vorige.bundelstart())) vorige = w;
        }
        if (vorige == null || !s.einddatum().isBefore(vorige.bundelstart().plusDays(regels.bundelDagen()))) return null;
        return vorige;
    }

    /**
     * Spec v1.1 §7: the day a draft may be sent — {@code bundelDagen} (7) days after the latest sending of a melding
     * of the same kind at the same school, when that lies after the draft's bundelstart; null when it may go at once.
     */
    private LocalDate verzendbaarVanaf(Werk concept, List<Werk> werken) {
        LocalDate laatst = null;
        for (Werk w : werken) {
            if (w.isConcept() || w.soort != concept.soort || !w.school.equals(concept.school)) continue;
            LocalDate v = w.oud.verzondenOp();
            if (v != null && (laatst == null || v.isAfter(laatst))) laatst = v;
        }
        if (laatst == null) return null;
        LocalDate vanaf = laatst.plusDays(regels.bundelDagen());
        return vanaf.isAfter(concept.bundelstart()) ? vanaf : null;
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
            Concept c = Concept.uit(w.oud == null ? null : w.oud.id(), w.soort, w.signalen, regels, termijnenwet,
                    verzendbaarVanaf(w, werken));
            if (w.oud == null) nieuw.add(c);
            else if (!c.gelijkAan(w.oud) || !w.sleutels().equals(w.oudeSleutels)) gewijzigd.add(c);
        }
        return new Resultaat(nieuw, gewijzigd, vervallen);
    }
}
