package nl.inbeeld.leerplicht;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Computes a jongere's {@link Leerplichttijdlijn}: the boundary dates of leerplicht, kwalificatieplicht and the RMC
 * period. Each step cites the article it applies ([LPW24], rules.md §1, uitwisselformaat v1 §3).
 *
 * <p>A startkwalificatie obtained during full-time leerplicht does <b>not</b> end leerplicht: art. 3 ends only on
 * the school-year and age grounds. It prevents kwalificatieplicht (art. 4a lid 1 onder b) and the RMC period, so
 * after leerplicht such a jongere is in no group.
 */
public final class Leerplicht {

    private Leerplicht() {
    }

    /** The tijdlijn under the rule set that governs this jongere (see {@link Leerplichtwet}). */
    public static Leerplichttijdlijn tijdlijn(Jongere jongere, Lesdagen lesdagen, Leerplichtinstellingen instellingen) {
        Leerplichtwet eerste = Leerplichtwet.values()[0];
        LocalDate aanvangsmaand = eersteVanMaandNa(jongere, instellingen, eerste.leeftijdBegin);
        return tijdlijn(jongere, lesdagen, instellingen, Leerplichtwet.geldendOp(aanvangsmaand));
    }

    /** The tijdlijn under an explicitly chosen rule set. */
    public static Leerplichttijdlijn tijdlijn(Jongere jongere, Lesdagen lesdagen, Leerplichtinstellingen instellingen,
                                              Leerplichtwet wet) {
        Objects.requireNonNull(jongere, "jongere");
        Objects.requireNonNull(lesdagen, "lesdagen");
        Objects.requireNonNull(instellingen, "instellingen");
        Objects.requireNonNull(wet, "wet");
        Schrikkeldag schrikkeldag = instellingen.schrikkeldag();
        LocalDate geboren = jongere.geboortedatum();

        // art. 3 lid 1 aanhef: "de eerste schooldag van de maand volgende op die waarin de jongere de leeftijd van
        // vijf jaar bereikt"
        LocalDate aanvangsmaand = eersteVanMaandNa(jongere, instellingen, wet.leeftijdBegin);
        LocalDate leerplichtigVanaf = lesdagen.eersteLesdagVanaf(aanvangsmaand);
        if (leerplichtigVanaf.isBefore(aanvangsmaand)) {
            throw new IllegalStateException("Lesdagen gaf " + leerplichtigVanaf + ", vóór " + aanvangsmaand);
        }

        // art. 3 lid 1 onder b: the end of the school year in which the jongere turns 16
        LocalDate leerplichtigTotEnMet =
                Schooljaar.van(schrikkeldag.verjaardag(geboren, wet.leeftijdEindeLeerplicht)).laatsteDag();
        // art. 3 lid 1 onder a, lid 2: the end of the school year after which 12 full school years were attended
        if (jongere.loopbaan() != null) {
            LocalDate twaalfJaar = jongere.loopbaan().schooljaarWaarinVoltooid(wet.volledigeSchooljaren).laatsteDag();
            if (twaalfJaar.isBefore(leerplichtigTotEnMet)) leerplichtigTotEnMet = twaalfJaar;
        }
        // an inconsistent count (twelve years before leerplicht starts) gives an empty leerplicht period
        if (leerplichtigTotEnMet.isBefore(leerplichtigVanaf)) leerplichtigTotEnMet = leerplichtigVanaf.minusDays(1);

        // art. 4b: kwalificatieplicht starts directly after leerplicht and ends when the jongere turns 18 or obtains a
        // startkwalificatie; art. 4a lid 2: not for jongeren exempted there
        LocalDate achttien = schrikkeldag.verjaardag(geboren, wet.leeftijdEindeKwalificatieplicht);
        LocalDate startkwalificatie = jongere.startkwalificatieOp();
        LocalDate kwalificatieplichtigTotEnMet = null;
        if (!jongere.vrijVanKwalificatieplicht()) {
            LocalDate tot = vroegste(achttien, startkwalificatie).minusDays(1);
            if (tot.isAfter(leerplichtigTotEnMet)) kwalificatieplichtigTotEnMet = tot;
        }

        // rules.md 1.12, spec §3: RMC from the 18th birthday up to the 23rd, while without a startkwalificatie
        LocalDate rmcTotEnMet =
                vroegste(schrikkeldag.verjaardag(geboren, wet.leeftijdEindeRmc), startkwalificatie).minusDays(1);
        boolean rmc = !rmcTotEnMet.isBefore(achttien);

        return Leerplichttijdlijn.van(leerplichtigVanaf, leerplichtigTotEnMet, kwalificatieplichtigTotEnMet,
                rmc ? achttien : null, rmc ? rmcTotEnMet : null, wet);
    }

    private static LocalDate eersteVanMaandNa(Jongere jongere, Leerplichtinstellingen instellingen, int leeftijd) {
        return instellingen.schrikkeldag().verjaardag(jongere.geboortedatum(), leeftijd).withDayOfMonth(1).plusMonths(1);
    }

    private static LocalDate vroegste(LocalDate dag, LocalDate ofNull) {
        return ofNull != null && ofNull.isBefore(dag) ? ofNull : dag;
    }
}
