package nl.inbeeld.melding;

import java.time.LocalDate;
import java.util.Optional;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.toegang.Gebruiker;
import nl.inbeeld.toegang.Rol;

/**
 * Who may take which step, and whether the melding's status allows it (pure). The school of the melding sends
 * it; leerplicht of the gemeente it goes to takes it in behandeling and closes it. TEAMLEIDER and BEHEERDER read
 * but do not act (keuze: the law's actors are the school head and the leerplichtambtenaar). Returns the refusal,
 * or empty when the step is allowed.
 */
final class Meldingrechten {

    /** The longest free text of a melding (toelichting, wat de school deed, terugkoppeling); V8 checks it too. */
    static final int MAX_TEKST = 2000;

    private Meldingrechten() {}

    /** A free text past {@link #MAX_TEKST} characters is refused, saying which field and how long it was. */
    static Optional<Meldingbesluit.Geweigerd> lengte(String tekst, String veld) {
        if (tekst == null || tekst.length() <= MAX_TEKST) return Optional.empty();
        return Optional.of(Meldingbesluit.ongeldigeInvoer(veld + " is te lang: " + tekst.length() + " tekens, ten hoogste "
                + MAX_TEKST + "."));
    }

    /** {@code verzendbaarVanaf}: the first day a follow-up may be sent (spec v1.1 §7), or null. */
    static Optional<Meldingbesluit.Geweigerd> verzenden(Gebruiker g, Verzuimmelding m, String watSchoolDeed,
            LocalDate vandaag, LocalDate verzendbaarVanaf) {
        if (g.rol() != Rol.SCHOOL || !g.bereik().scholen().contains(m.school())) {
            return Optional.of(Meldingbesluit.nietBevoegd("Alleen de school van de leerling kan een melding verzenden."));
        }
        if (m.status() != Meldingstatus.CONCEPT) {
            return Optional.of(Meldingbesluit.ongeldigeStatus("Deze melding is " + m.status().omschrijving().toLowerCase()
                    + "; alleen een concept kan worden verzonden."));
        }
        if (verzendbaarVanaf != null && vandaag.isBefore(verzendbaarVanaf)) {
            return Optional.of(Meldingbesluit.ongeldigeStatus("Dit is een vervolgmelding: de vorige melding van deze soort"
                    + " is minder dan 7 dagen geleden verzonden (DUO: hoogstens één melding per 7 dagen). Verzenden kan vanaf "
                    + verzendbaarVanaf.format(DATUM) + "."));
        }
        if (leeg(watSchoolDeed)) {
            return Optional.of(Meldingbesluit.ongeldigeInvoer("Vul in wat de school al heeft gedaan."));
        }
        return lengte(watSchoolDeed, "Wat de school al heeft gedaan");
    }

    /**
     * The school of the melding withdraws a melding it sent that leerplicht has not closed (VERZONDEN or
     * IN_BEHANDELING), with a reason of at most {@link #MAX_TEKST} characters (issue 10 item 7).
     */
    static Optional<Meldingbesluit.Geweigerd> intrekken(Gebruiker g, Verzuimmelding m, String reden) {
        if (g.rol() != Rol.SCHOOL || !g.bereik().scholen().contains(m.school())) {
            return Optional.of(Meldingbesluit.nietBevoegd("Alleen de school van de leerling kan een melding intrekken."));
        }
        if (!m.status().magNaar(Meldingstatus.INGETROKKEN)) {
            return Optional.of(Meldingbesluit.ongeldigeStatus("Deze melding is " + m.status().omschrijving().toLowerCase()
                    + "; alleen een verzonden melding die nog niet is afgesloten kan worden ingetrokken."));
        }
        if (leeg(reden)) return Optional.of(Meldingbesluit.ongeldigeInvoer("Geef de reden waarom de school de melding intrekt."));
        return lengte(reden, "De reden van intrekken");
    }

    private static final java.time.format.DateTimeFormatter DATUM = java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy");

    static Optional<Meldingbesluit.Geweigerd> inBehandelingNemen(Gebruiker g, Verzuimmelding m) {
        return leerplichtVan(g, m, "in behandeling nemen").or(() -> m.status() == Meldingstatus.VERZONDEN
                ? Optional.empty()
                : Optional.of(Meldingbesluit.ongeldigeStatus("Deze melding is " + m.status().omschrijving().toLowerCase()
                        + "; alleen een verzonden melding kan in behandeling worden genomen.")));
    }

    static Optional<Meldingbesluit.Geweigerd> afsluiten(Gebruiker g, Verzuimmelding m, Uitkomst uitkomst,
            String terugkoppeling) {
        var geweigerd = leerplichtVan(g, m, "afsluiten");
        if (geweigerd.isPresent()) return geweigerd;
        if (m.status() != Meldingstatus.IN_BEHANDELING) {
            return Optional.of(Meldingbesluit.ongeldigeStatus("Deze melding is " + m.status().omschrijving().toLowerCase()
                    + "; alleen een melding in behandeling kan worden afgesloten."));
        }
        if (uitkomst == null) return Optional.of(Meldingbesluit.ongeldigeInvoer("Kies een uitkomst."));
        if (leeg(terugkoppeling)) {
            return Optional.of(Meldingbesluit.ongeldigeInvoer("Schrijf een terugkoppeling aan de school."));
        }
        return lengte(terugkoppeling, "De terugkoppeling");
    }

    /** An overig melding is made by a user of that school. */
    static Optional<Meldingbesluit.Geweigerd> overigMaken(Gebruiker g, SchoolId school) {
        if (g.rol() != Rol.SCHOOL || school == null || !g.bereik().scholen().contains(school)) {
            return Optional.of(Meldingbesluit.nietBevoegd("Alleen een medewerker van de school kan voor die school"
                    + " een melding overig verzuim maken."));
        }
        return Optional.empty();
    }

    /** An overig melding is about a period that has begun, with an explanation. */
    static Optional<Meldingbesluit.Geweigerd> overigePeriode(LocalDate begindatum, LocalDate einddatum,
            String toelichting, LocalDate vandaag) {
        if (begindatum == null || einddatum == null) {
            return Optional.of(Meldingbesluit.ongeldigeInvoer("Vul een begindatum en een einddatum in."));
        }
        if (einddatum.isBefore(begindatum)) {
            return Optional.of(Meldingbesluit.ongeldigeInvoer("De einddatum ligt voor de begindatum."));
        }
        if (einddatum.isAfter(vandaag)) {
            return Optional.of(Meldingbesluit.ongeldigeInvoer("De einddatum ligt in de toekomst."));
        }
        if (leeg(toelichting)) {
            return Optional.of(Meldingbesluit.ongeldigeInvoer("Licht toe waarom de school dit verzuim meldt."));
        }
        return lengte(toelichting, "De toelichting");
    }

    private static Optional<Meldingbesluit.Geweigerd> leerplichtVan(Gebruiker g, Verzuimmelding m, String stap) {
        if (g.rol() == Rol.LEERPLICHT && g.bereik().gemeenten().contains(m.meldenAan())) return Optional.empty();
        return Optional.of(Meldingbesluit.nietBevoegd("Alleen de leerplichtambtenaar van de woongemeente ("
                + m.meldenAan() + ") kan deze melding " + stap + "."));
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
