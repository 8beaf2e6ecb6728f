package nl.inbeeld.verzuim;

/**
 * Which group of spec §3 a pupil is in on a day, as epoch-day bounds (both inclusive; an empty range has
 * {@code van > tot}): leerplichtig or kwalificatieplichtig (one range, as the two follow each other), and RMC.
 * {@code vrij} holds the days inside that range on which the pupil is nonetheless not kwalificatieplichtig — an
 * art. 15 exemption (spec §7) — as pairs of inclusive epoch-day bounds, ordered and not overlapping; usually empty.
 */
record Groepsgrenzen(long plichtVan, long plichtTot, long rmcVan, long rmcTot, long[] vrij) {

    static final long[] GEEN_VRIJSTELLING = new long[0];
    static final Groepsgrenzen ALTIJD_PLICHTIG = new Groepsgrenzen(Long.MIN_VALUE, Long.MAX_VALUE, 1, 0);

    Groepsgrenzen(long plichtVan, long plichtTot, long rmcVan, long rmcTot) {
        this(plichtVan, plichtTot, rmcVan, rmcTot, GEEN_VRIJSTELLING);
    }

    boolean plichtig(long dag) {
        if (dag < plichtVan || dag > plichtTot) return false;
        for (int i = 0; i < vrij.length; i += 2) {
            if (dag >= vrij[i] && dag <= vrij[i + 1]) return false;
        }
        return true;
    }

    boolean rmc(long dag) {
        return dag >= rmcVan && dag <= rmcTot;
    }
}
