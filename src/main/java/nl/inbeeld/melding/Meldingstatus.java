package nl.inbeeld.melding;

import java.util.Set;

/**
 * Where a melding stands. A simple linear flow, so an enum with guards (architecture.md):
 * CONCEPT → VERZONDEN → IN_BEHANDELING → AFGESLOTEN, and CONCEPT → VERVALLEN when the signal it came from
 * disappeared after a correction of the administration. The DUO status codes are those of the legacy
 * Verzuimloket (rules.md 2.3.11): W wacht op verzending, R geregistreerd, B in behandeling, G afgesloten.
 * The school may withdraw a sent melding that leerplicht has not closed: VERZONDEN or IN_BEHANDELING → INGETROKKEN
 * (issue 10 item 7); leerplicht keeps seeing it, with the school's reason.
 */
public enum Meldingstatus {
    CONCEPT("W", "Concept"),
    VERZONDEN("R", "Verzonden"),
    IN_BEHANDELING("B", "In behandeling"),
    AFGESLOTEN("G", "Afgesloten"),
    VERVALLEN(null, "Vervallen"),
    INGETROKKEN(null, "Ingetrokken");

    private final String duoCode;
    private final String omschrijving;

    Meldingstatus(String duoCode, String omschrijving) {
        this.duoCode = duoCode;
        this.omschrijving = omschrijving;
    }

    /** The legacy DUO status code; null for VERVALLEN (a draft that never reached DUO) and INGETROKKEN (no legacy code). */
    public String duoCode() {
        return duoCode;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** The guard of the flow: whether a melding in this status may go to {@code naar}. */
    public boolean magNaar(Meldingstatus naar) {
        return volgende().contains(naar);
    }

    /** The statuses this one may go to. */
    public Set<Meldingstatus> volgende() {
        return switch (this) {
            case CONCEPT -> Set.of(VERZONDEN, VERVALLEN);
            case VERZONDEN -> Set.of(IN_BEHANDELING, INGETROKKEN);
            case IN_BEHANDELING -> Set.of(AFGESLOTEN, INGETROKKEN);
            case AFGESLOTEN, VERVALLEN, INGETROKKEN -> Set.of();
        };
    }

    /** Whether the school has sent it: VERZONDEN, IN_BEHANDELING, AFGESLOTEN or INGETROKKEN. */
    public boolean isVerzonden() {
        return this == VERZONDEN || this == IN_BEHANDELING || this == AFGESLOTEN || this == INGETROKKEN;
    }
}
