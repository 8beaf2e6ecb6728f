package nl.inbeeld.aanwezigheid;

/** The reason code of an absence (spec §1), mapped to Leerplichtwet art. 11. */
public enum Absentiecode {
    /** Absent without a valid reason. */
    ONGEOORLOOFD(true),
    /** Holiday or day out outside the school holidays without leave (luxe verzuim). */
    LUXE(true),
    /** Late without a valid reason; minuten = lesson time missed. Counts as unexcused (keuze, configurable). */
    TE_LAAT(true),
    /** Illness, art. 11 d (art. 12: notified within 2 days). */
    ZIEK(false),
    /** Religious duty, art. 11 e (art. 13: notified at least 2 days before). */
    RELIGIEUS(false),
    /** Granted leave, art. 11 f/g (art. 13a or 14). */
    VERLOF(false),
    /** Suspension, art. 11 c. */
    SCHORSING(false);

    private final boolean ongeoorloofd;

    Absentiecode(boolean ongeoorloofd) {
        this.ongeoorloofd = ongeoorloofd;
    }

    /** Whether minutes with this code are unexcused absence (by default; TE_LAAT is configurable). */
    public boolean isOngeoorloofd() {
        return ongeoorloofd;
    }
}
