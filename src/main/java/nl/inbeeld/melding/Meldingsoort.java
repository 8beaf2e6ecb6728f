package nl.inbeeld.melding;

import java.util.Optional;
import nl.inbeeld.verzuim.Signaalsoort;

/**
 * The DUO reporting types (rules.md 2.3.8) with their legacy Verzuimloket code (rules.md 2.3.11). Mandatory:
 * 16 uur, LRV, luxe verzuim, RMC; optional: overig verzuim, which has no legal deadline.
 */
public enum Meldingsoort {
    /** Art. 21a: 16 uur in 4 weken (legacy code V3, "16 uren per 4 weken 18-"). */
    VERZUIM_16_UUR("V3", "16 uur in 4 weken"),
    /** Langdurig relatief verzuim (legacy code LRV). */
    LANGDURIG_RELATIEF("LRV", "Langdurig relatief verzuim"),
    /** Luxe verzuim (legacy code L). */
    LUXE_VERZUIM("L", "Luxe verzuim"),
    /**
     * RMC-verzuim 18+: no longer leer- or kwalificatieplichtig, under 23, no startkwalificatie. Made from RMC_18_PLUS,
     * 16 hours in 4 lesweken, so its legacy code is V4 "16 uren per 4 weken 18+" within DUO's RMC type
     * ("RMC verzuim 18+"), as rules.md 2.3.11 names them (spec v1.1 §7).
     */
    RMC("V4", "RMC-verzuim 18+ (16 uren per 4 weken 18+)"),
    /** Overig verzuim: not mandatory (rules.md 2.1, 2.3.13), made by the school from any signal or by hand. */
    OVERIG("O", "Overig verzuim");

    private final String duoCode;
    private final String omschrijving;

    Meldingsoort(String duoCode, String omschrijving) {
        this.duoCode = duoCode;
        this.omschrijving = omschrijving;
    }

    public String duoCode() {
        return duoCode;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** Whether the law (or DUO practice) sets a deadline: every type but OVERIG. */
    public boolean heeftTermijn() {
        return this != OVERIG;
    }

    /** The melding type a mandatory signal becomes; empty for signals that are never mandatory. */
    public static Optional<Meldingsoort> van(Signaalsoort signaal) {
        return Optional.ofNullable(switch (signaal) {
            case VERZUIM_16_UUR -> VERZUIM_16_UUR;
            case LANGDURIG_RELATIEF -> LANGDURIG_RELATIEF;
            case LUXE_VERZUIM -> LUXE_VERZUIM;
            case RMC_18_PLUS -> RMC;
            default -> null;
        });
    }
}
