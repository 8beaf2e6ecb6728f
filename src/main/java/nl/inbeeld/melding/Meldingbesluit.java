package nl.inbeeld.melding;

/**
 * The decision on an action on a melding: it succeeded, with the melding as it now is, or it was refused with a
 * reason in Dutch. Never an exception, never silently accepted.
 */
public sealed interface Meldingbesluit permits Meldingbesluit.Gelukt, Meldingbesluit.Geweigerd {

    /** The action was carried out; {@code melding} is its new state. */
    record Gelukt(Verzuimmelding melding) implements Meldingbesluit {}

    /**
     * The action was refused. {@code reden} is for people (Dutch); {@code grond} says why in a way a machine can
     * act on (the REST API maps it to 404, 403, 409 or 400).
     */
    record Geweigerd(String reden, Weigering grond) implements Meldingbesluit {}

    /** Why an action was refused. */
    enum Weigering {
        /** No such melding, or outside the user's Bereik: the same answer, so existence does not leak. */
        NIET_GEVONDEN,
        /** The user's role may not take this action on this melding. */
        NIET_BEVOEGD,
        /** The melding's status does not allow the action (e.g. sending an AFGESLOTEN melding). */
        ONGELDIGE_STATUS,
        /** Missing or invalid input (e.g. no watSchoolDeed, einddatum before begindatum). */
        ONGELDIGE_INVOER
    }

    static Geweigerd nietGevonden(long id) {
        return new Geweigerd("Melding " + id + " bestaat niet of valt buiten uw bereik.", Weigering.NIET_GEVONDEN);
    }

    static Geweigerd nietBevoegd(String reden) {
        return new Geweigerd(reden, Weigering.NIET_BEVOEGD);
    }

    static Geweigerd ongeldigeStatus(String reden) {
        return new Geweigerd(reden, Weigering.ONGELDIGE_STATUS);
    }

    static Geweigerd ongeldigeInvoer(String reden) {
        return new Geweigerd(reden, Weigering.ONGELDIGE_INVOER);
    }
}
