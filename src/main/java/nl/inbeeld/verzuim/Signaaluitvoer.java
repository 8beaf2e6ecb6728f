package nl.inbeeld.verzuim;

/** Receives the signals of one pupil at one school as detection finds them, in date order per kind. */
@FunctionalInterface
interface Signaaluitvoer {
    int GEEN = -1;

    /** The dates are epoch days; {@code minuten} and {@code aantal} are {@link #GEEN} where they do not apply. */
    void signaal(Signaalsoort soort, int begindatum, int einddatum, int minuten, int aantal);
}
