package nl.inbeeld.verzuim;

import static nl.inbeeld.verzuim.Signaaluitvoer.GEEN;

import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import nl.inbeeld.school.Lesdagindex;

/**
 * The detection core (spec §4): one pass over a pupil's absence days at one school, in date order, finding
 * every signal. Plain Java over primitive arrays: each day's lesson-day and lesweek number are looked up once,
 * and all rules advance together in a single loop; all state is local variables plus three scratch arrays
 * that are reused between pupils. Not thread-safe: one detector per thread.
 */
final class Detector {

    private final boolean teLaatTelt;
    private final int drempel;
    private final int venster;
    private final int langdurigDagen;
    private final int mazlN;
    private final int mazlVenster;
    private final int mazlAaneengesloten;
    private final int ziekmeldingTermijn;
    private final int[] teLaatStappen;

    private int[] week = new int[64];      // lesweek of entry i, -1 when no lesson day
    private int[] plichtMin = new int[64]; // unexcused minutes of entry i counting for VERZUIM_16_UUR
    private int[] rmcMin = new int[64];    // … for RMC_18_PLUS
    private final long[] ziekBeginDag;     // ring of the first days of the last n ziekmeldingen
    private final int[] ziekBeginWeek;

    Detector(Detectieregels regels) {
        this.teLaatTelt = regels.teLaatTeltAlsOngeoorloofd();
        this.drempel = regels.drempelMinuten();
        this.venster = regels.lesweken() - 1;
        this.langdurigDagen = regels.langdurigDagen();
        this.mazlN = regels.mazlZiekmeldingen();
        this.mazlVenster = regels.mazlLesweken() - 1;
        this.mazlAaneengesloten = regels.mazlAaneengeslotenDagen();
        this.ziekmeldingTermijn = regels.ziekmeldingTermijnDagen();
        this.teLaatStappen = regels.teLaatStappenArray();
        this.ziekBeginDag = new long[mazlN];
        this.ziekBeginWeek = new int[mazlN];
    }

    /**
     * All signals of one pupil at one school:
     * <ul>
     * <li>VERZUIM_16_UUR and RMC_18_PLUS (art. 21a): the first lesson day on which the unexcused minutes in its
     * lesweek and the three lesweken before it reach the threshold; counting restarts after that day;</li>
     * <li>LANGDURIG_RELATIEF (runs of full days absent without a valid reason), LUXE_VERZUIM (first day of each
     * run of LUXE days) and LUXE_VERZUIM_VERMOEDEN (ONGEOORLOOFD on a lesson day bordering a holiday);</li>
     * <li>MAZL_VIERDE_ZIEKMELDING, MAZL_ZEVENDE_ZIEKTEDAG and ZIEKMELDING_TE_LAAT over runs of ZIEK days;</li>
     * <li>TE_LAAT_HERHAALD: the day the late arrivals of a school year reach or pass each step.</li>
     * </ul>
     * The group's days are the entries {@code van} (inclusive) to {@code tot} (exclusive) of {@code d}.
     */
    void detecteer(Absentiedagen d, int van, int tot, Lesdagindex kalender, int lesminutenPerDag, Groepsgrenzen groep,
            Signaaluitvoer uit) {
        int n = tot - van;
        if (week.length < n) groei(n);
        final int[] wk = week, pm = plichtMin, rm = rmcMin;
        final int[] dagen = d.dag, minuten = d.minuten, codes = d.codes;
        final int teLaatMasker = teLaatTelt ? Absentiedagen.ONGEOORLOOFD_EN_LUXE : 0;
        final long plichtVan = groep.plichtVan(), plichtTot = groep.plichtTot();
        final long rmcVan = groep.rmcVan(), rmcTot = groep.rmcTot();
        // 16 uur
        int lo = 0, somPlicht = 0, somRmc = 0;
        // langdurig en luxe
        int vorigeVolleDag = Integer.MIN_VALUE, vorigeLuxeDag = Integer.MIN_VALUE;
        long runBegin = 0;
        boolean runGesignaleerd = false;
        // ziekte
        int meldingen = 0, vorigeZiekeDag = Integer.MIN_VALUE, lengte = 0;
        long ziekBegin = 0;
        // te laat
        long schooljaarEinde = Long.MIN_VALUE;
        int telling = 0, stap = 0;
        long eersteTeLaat = 0;

        for (int i = 0; i < n; i++) {
            long dag = dagen[van + i];
            int lesdag = kalender.lesdag(dag);
            if (lesdag < 0) { // no lesson day: counts for nothing and breaks no run
                wk[i] = -1;
                pm[i] = rm[i] = 0;
                continue;
            }
            int w = kalender.lesweek(dag);
            wk[i] = w;
            int m = minuten[van + i], c = codes[van + i];
            int onge = (m & Absentiedagen.ONGEOORLOOFD_EN_LUXE)
                    + (m >>> Absentiedagen.TE_LAAT_VERSCHUIVING & teLaatMasker);
            boolean plichtig = dag >= plichtVan && dag <= plichtTot;
            int p = plichtig ? onge : 0;
            int r = dag >= rmcVan && dag <= rmcTot ? onge : 0;
            pm[i] = p;
            rm[i] = r;

            // VERZUIM_16_UUR / RMC_18_PLUS
            if (p != 0 || r != 0 || somPlicht != 0 || somRmc != 0) {
                int ondergrens = w - venster;
                while (lo < i && wk[lo] < ondergrens) {
                    somPlicht -= pm[lo];
                    somRmc -= rm[lo];
                    lo++;
                }
                somPlicht += p;
                somRmc += r;
                if (somPlicht >= drempel || somRmc >= drempel) {
                    boolean plicht = somPlicht >= drempel;
                    int[] min = plicht ? pm : rm;
                    long begin = dag;
                    for (int j = lo; j <= i; j++) {
                        if (min[j] > 0) {
                            begin = dagen[van + j];
                            break;
                        }
                    }
                    uit.signaal(plicht ? Signaalsoort.VERZUIM_16_UUR : Signaalsoort.RMC_18_PLUS, begin, dag,
                            plicht ? somPlicht : somRmc, GEEN);
                    lo = i + 1; // counting restarts the day after einddatum
                    somPlicht = somRmc = 0;
                }
            }

            // LANGDURIG_RELATIEF, LUXE_VERZUIM, LUXE_VERZUIM_VERMOEDEN
            if (plichtig && onge >= lesminutenPerDag) {
                if (lesdag != vorigeVolleDag + 1) {
                    runBegin = dag;
                    runGesignaleerd = false;
                }
                vorigeVolleDag = lesdag;
                if (!runGesignaleerd && dag - runBegin >= langdurigDagen) {
                    uit.signaal(Signaalsoort.LANGDURIG_RELATIEF, runBegin, dag, GEEN, GEEN);
                    runGesignaleerd = true;
                }
            }
            if (plichtig && (c & Absentiedagen.LUXE_BIT) != 0) {
                if (lesdag != vorigeLuxeDag + 1) uit.signaal(Signaalsoort.LUXE_VERZUIM, dag, dag, GEEN, GEEN);
                vorigeLuxeDag = lesdag;
            }
            if ((c & Absentiedagen.ONGEOORLOOFD_BIT) != 0 && kalender.grenstAanVakantie(dag)) {
                uit.signaal(Signaalsoort.LUXE_VERZUIM_VERMOEDEN, dag, dag, GEEN, GEEN);
            }

            // MAZL_VIERDE_ZIEKMELDING, MAZL_ZEVENDE_ZIEKTEDAG, ZIEKMELDING_TE_LAAT
            if ((c & Absentiedagen.ZIEK_BIT) != 0) {
                if (lesdag == vorigeZiekeDag + 1) {
                    lengte++;
                } else {
                    ziekBegin = dag;
                    lengte = 1;
                    ziekBeginDag[meldingen % mazlN] = dag;
                    ziekBeginWeek[meldingen % mazlN] = w;
                    meldingen++;
                    if (meldingen >= mazlN) {
                        int oudste = meldingen % mazlN; // the slot of the (n-1)-th report before this one
                        if (w - ziekBeginWeek[oudste] <= mazlVenster) {
                            uit.signaal(Signaalsoort.MAZL_VIERDE_ZIEKMELDING, ziekBeginDag[oudste], dag, GEEN, GEEN);
                        }
                    }
                    long gemeld = d.ziekGemeldOp[van + i];
                    if (gemeld != Absentiedagen.GEEN_DATUM && gemeld - dag > ziekmeldingTermijn) {
                        uit.signaal(Signaalsoort.ZIEKMELDING_TE_LAAT, dag, gemeld, GEEN, GEEN);
                    }
                }
                vorigeZiekeDag = lesdag;
                if (lengte == mazlAaneengesloten) {
                    uit.signaal(Signaalsoort.MAZL_ZEVENDE_ZIEKTEDAG, ziekBegin, dag, GEEN, GEEN);
                }
            }

            // TE_LAAT_HERHAALD
            int teLaatAantal = c >>> Absentiedagen.TE_LAAT_AANTAL_VERSCHUIVING;
            if (teLaatAantal != 0) {
                if (dag > schooljaarEinde) {
                    schooljaarEinde = schooljaarEinde(dag);
                    telling = 0;
                    stap = 0;
                    eersteTeLaat = dag;
                }
                telling += teLaatAantal;
                while (stap < teLaatStappen.length && telling >= teLaatStappen[stap]) {
                    uit.signaal(Signaalsoort.TE_LAAT_HERHAALD, eersteTeLaat, dag, GEEN, teLaatStappen[stap]);
                    stap++;
                }
            }
        }
    }

    private void groei(int n) {
        int lengte = Math.max(n, week.length * 2);
        week = Arrays.copyOf(week, lengte);
        plichtMin = Arrays.copyOf(plichtMin, lengte);
        rmcMin = Arrays.copyOf(rmcMin, lengte);
    }

    /** 31 July of the school year (1 August – 31 July) that contains the day, as an epoch day. */
    static long schooljaarEinde(long epochDag) {
        LocalDate dag = LocalDate.ofEpochDay(epochDag);
        int jaar = dag.getMonthValue() >= Month.AUGUST.getValue() ? dag.getYear() + 1 : dag.getYear();
        return LocalDate.of(jaar, Month.JULY, 31).toEpochDay();
    }
}
