package nl.inbeeld.leerplicht;

/**
 * The group a jongere belongs to on a peildatum. The constants are in the order in which a life passes through
 * them; {@link #GEEN} is both "not yet" (before leerplicht starts) and "no longer".
 */
public enum Leerplichtstatus {
    /** Full-time leerplicht, art. 3 Leerplichtwet 1969. */
    LEERPLICHTIG,
    /** Kwalificatieplicht, art. 4a–4b Leerplichtwet 1969. */
    KWALIFICATIEPLICHTIG,
    /** 18 up to 23 without a startkwalificatie: the RMC / Doorstroompunt population (rules.md 1.12). */
    RMC,
    /** In none of the groups above. */
    GEEN
}
