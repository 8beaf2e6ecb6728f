package nl.inbeeld.verzuim;

/**
 * Which group of spec §3 a pupil is in on a day, as epoch-day bounds (both inclusive; an empty range has
 * {@code van > tot}): leerplichtig or kwalificatieplichtig (one range, as the two follow each other), and RMC.
 */
record Groepsgrenzen(long plichtVan, long plichtTot, long rmcVan, long rmcTot) {

    static final Groepsgrenzen ALTIJD_PLICHTIG = new Groepsgrenzen(Long.MIN_VALUE, Long.MAX_VALUE, 1, 0);

    boolean plichtig(long dag) {
        return dag >= plichtVan && dag <= plichtTot;
    }

    boolean rmc(long dag) {
        return dag >= rmcVan && dag <= rmcTot;
    }
}
