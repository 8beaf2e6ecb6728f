package nl.inbeeld.demo;

import java.util.Arrays;
import nl.inbeeld.aanwezigheid.Absentiecode;

/**
 * The absences of one pupil at one school during one enrolment, per lesson day and code, before they are
 * written in date order. Guards the import rules of spec §2: only lesson days within the enrolment and up to the
 * generation day, one row per (day, code), never more minutes on a day than the school's lesson minutes. One
 * instance is reused for every enrolment, so generation allocates nothing per absence.
 */
final class Dagboek {

    static final long ONGEMELD = Long.MIN_VALUE;
    private static final int MAX_DAGEN = 370;
    private static final int CODES = Absentiecode.values().length;
    private static final String[] NAMEN = Arrays.stream(Absentiecode.values()).map(Enum::name).toArray(String[]::new);

    private final int[] minuten = new int[MAX_DAGEN * CODES];
    private final int[] aantal = new int[MAX_DAGEN * CODES];
    private final long[] gemeld = new long[MAX_DAGEN * CODES];
    private final int[] gebruikt = new int[MAX_DAGEN];
    private Demoschool school;
    private int eerste, lengte;
    private long laatsteDag;

    /** Starts the enrolment's book: lesson days of {@code school} from {@code van} up to {@code totEnMet}. */
    void begin(Demoschool school, long van, long totEnMet) {
        this.school = school;
        this.laatsteDag = totEnMet;
        Lesdagen l = school.lesdagen();
        eerste = l.eersteVanaf(van);
        lengte = Math.max(0, l.laatsteTotEnMet(totEnMet) - eerste + 1);
        Arrays.fill(gebruikt, 0, lengte, 0);
        Arrays.fill(minuten, 0, lengte * CODES, 0);
    }

    Demoschool school() {
        return school;
    }

    /** The number of lesson days in the book; they are numbered 0 … lengte-1. */
    int lengte() {
        return lengte;
    }

    long epochDag(int dag) {
        return school.lesdagen().dag(eerste + dag);
    }

    int maand(int dag) {
        return school.lesdagen().maand(eerste + dag);
    }

    boolean grenstAanVakantie(int dag) {
        return school.lesdagen().grenstAanVakantie(eerste + dag);
    }

    /** The book's number of this lesson day, or -1 when it is no lesson day or outside the book. */
    int dagVan(long epochDag) {
        int i = school.lesdagen().index(epochDag);
        return i < eerste || i >= eerste + lengte ? -1 : i - eerste;
    }

    int lesminuten() {
        return school.lesminuten();
    }

    /** Minutes still free on the day. */
    int ruimte(int dag) {
        return school.lesminuten() - gebruikt[dag];
    }

    /**
     * Records up to {@code gevraagd} minutes with {@code code}, limited by what is free that day; nothing when the
     * day lies outside the book or already has that code. Returns the minutes recorded.
     */
    int voegToe(int dag, Absentiecode code, int gevraagd, long gemeldOp) {
        if (dag < 0 || dag >= lengte) return 0;
        int k = dag * CODES + code.ordinal();
        if (minuten[k] > 0) return 0;
        int m = Math.min(gevraagd, ruimte(dag));
        if (m <= 0) return 0;
        minuten[k] = m;
        aantal[k] = code == Absentiecode.TE_LAAT ? 1 : 0;
        gemeld[k] = gemeldOp > laatsteDag ? ONGEMELD : gemeldOp; // not notified yet on the generation day
        gebruikt[dag] += m;
        return m;
    }

    /** Records the rest of the day with {@code code}; true when the whole day is now absence. */
    boolean heleDag(int dag, Absentiecode code, long gemeldOp) {
        return voegToe(dag, code, school.lesminuten(), gemeldOp) > 0 && ruimte(dag) == 0;
    }

    /** Writes the rows in date order, codes in their declared order. */
    void schrijf(Csvbestanden uit, String leerlingId) {
        String schoolId = school.id();
        for (int dag = 0; dag < lengte; dag++) {
            if (gebruikt[dag] == 0) continue;
            long datum = epochDag(dag);
            for (int c = 0; c < CODES; c++) {
                int k = dag * CODES + c;
                if (minuten[k] > 0) uit.absentie(leerlingId, schoolId, datum, minuten[k], NAMEN[c], aantal[k], gemeld[k]);
            }
        }
    }
}
