package nl.inbeeld.verzuim;

import static nl.inbeeld.verzuim.Signaaluitvoer.GEEN;

import java.time.LocalDate;
import java.time.Month;
import nl.inbeeld.school.Lesdagindex;

/**
 * The detection core (spec §4): one pass over a pupil's absence days at one school, in date order, finding
 * every signal. Plain Java over primitive arrays; all state is a handful of local variables. Not thread-safe:
 * one detector per thread.
 */
final class Detector {

    private final Detectieregels regels;
    private final int[] teLaatStappen;

    Detector(Detectieregels regels) {
        this.regels = regels;
        this.teLaatStappen = regels.teLaatStappenArray();
    }

    void detecteer(Absentiedagen d, Lesdagindex kalender, int lesminutenPerDag, Groepsgrenzen groep,
            Signaaluitvoer uit) {
        zestienUur(d, kalender, groep, uit);
        langdurigEnLuxe(d, kalender, lesminutenPerDag, groep, uit);
        ziekte(d, kalender, uit);
        teLaat(d, kalender, uit);
    }

    /**
     * VERZUIM_16_UUR and RMC_18_PLUS (art. 21a): the first lesson day on which the unexcused minutes in its
     * lesweek and the three lesweken before it reach the threshold; counting restarts after that day.
     */
    private void zestienUur(Absentiedagen d, Lesdagindex kalender, Groepsgrenzen groep, Signaaluitvoer uit) {
        boolean teLaatTelt = regels.teLaatTeltAlsOngeoorloofd();
        int venster = regels.lesweken() - 1;
        int lo = 0;
        int somPlicht = 0, somRmc = 0;
        for (int i = 0; i < d.aantal; i++) {
            long dag = d.dag[i];
            int week = kalender.lesweek(dag);
            if (week < 0) continue;
            while (lo < i && kalender.lesweek(d.dag[lo]) < week - venster) {
                if (kalender.lesweek(d.dag[lo]) >= 0) { // days without lessons were never added
                    somPlicht -= minuten(d, lo, teLaatTelt, groep, true);
                    somRmc -= minuten(d, lo, teLaatTelt, groep, false);
                }
                lo++;
            }
            somPlicht += minuten(d, i, teLaatTelt, groep, true);
            somRmc += minuten(d, i, teLaatTelt, groep, false);
            boolean plicht = somPlicht >= regels.drempelMinuten();
            if (plicht || somRmc >= regels.drempelMinuten()) {
                int som = plicht ? somPlicht : somRmc;
                long begin = dag;
                for (int j = lo; j <= i; j++) {
                    if (kalender.lesweek(d.dag[j]) >= 0 && minuten(d, j, teLaatTelt, groep, plicht) > 0) {
                        begin = d.dag[j];
                        break;
                    }
                }
                uit.signaal(plicht ? Signaalsoort.VERZUIM_16_UUR : Signaalsoort.RMC_18_PLUS, begin, dag, som, GEEN);
                lo = i + 1; // counting restarts the day after einddatum
                somPlicht = somRmc = 0;
            }
        }
    }

    private static int minuten(Absentiedagen d, int i, boolean teLaatTelt, Groepsgrenzen groep, boolean plicht) {
        long dag = d.dag[i];
        boolean inGroep = plicht ? groep.plichtig(dag) : groep.rmc(dag);
        return inGroep ? d.ongeoorloofdeMinuten(i, teLaatTelt) : 0;
    }

    /**
     * LANGDURIG_RELATIEF (runs of full days absent without a valid reason), LUXE_VERZUIM (first day of each
     * run of LUXE days) and LUXE_VERZUIM_VERMOEDEN (ONGEOORLOOFD on a lesson day bordering a holiday).
     */
    private void langdurigEnLuxe(Absentiedagen d, Lesdagindex kalender, int lesminutenPerDag, Groepsgrenzen groep,
            Signaaluitvoer uit) {
        boolean teLaatTelt = regels.teLaatTeltAlsOngeoorloofd();
        int vorigeVolleDag = Integer.MIN_VALUE, vorigeLuxeDag = Integer.MIN_VALUE;
        long runBegin = 0;
        boolean runGesignaleerd = false;
        for (int i = 0; i < d.aantal; i++) {
            long dag = d.dag[i];
            int lesdag = kalender.lesdag(dag);
            if (lesdag < 0) continue;
            boolean plichtig = groep.plichtig(dag);
            if (plichtig && d.ongeoorloofdeMinuten(i, teLaatTelt) >= lesminutenPerDag) {
                if (lesdag != vorigeVolleDag + 1) {
                    runBegin = dag;
                    runGesignaleerd = false;
                }
                vorigeVolleDag = lesdag;
                if (!runGesignaleerd && dag - runBegin >= regels.langdurigDagen()) {
                    uit.signaal(Signaalsoort.LANGDURIG_RELATIEF, runBegin, dag, GEEN, GEEN);
                    runGesignaleerd = true;
                }
            }
            if (plichtig && d.luxe[i] > 0) {
                if (lesdag != vorigeLuxeDag + 1) uit.signaal(Signaalsoort.LUXE_VERZUIM, dag, dag, GEEN, GEEN);
                vorigeLuxeDag = lesdag;
            }
            if (d.ongeoorloofd[i] > 0 && kalender.grenstAanVakantie(dag)) {
                uit.signaal(Signaalsoort.LUXE_VERZUIM_VERMOEDEN, dag, dag, GEEN, GEEN);
            }
        }
    }

    /** MAZL_VIERDE_ZIEKMELDING, MAZL_ZEVENDE_ZIEKTEDAG and ZIEKMELDING_TE_LAAT over runs of ZIEK days. */
    private void ziekte(Absentiedagen d, Lesdagindex kalender, Signaaluitvoer uit) {
        int n = regels.mazlZiekmeldingen();
        long[] beginDag = new long[n];  // ring of the first days of the last n ziekmeldingen
        int[] beginWeek = new int[n];
        int meldingen = 0;
        int vorigeZiekeDag = Integer.MIN_VALUE, lengte = 0;
        long begin = 0;
        for (int i = 0; i < d.aantal; i++) {
            if (d.ziek[i] == 0) continue;
            long dag = d.dag[i];
            int lesdag = kalender.lesdag(dag);
            if (lesdag < 0) continue;
            if (lesdag == vorigeZiekeDag + 1) {
                lengte++;
            } else {
                begin = dag;
                lengte = 1;
                int week = kalender.lesweek(dag);
                beginDag[meldingen % n] = dag;
                beginWeek[meldingen % n] = week;
                meldingen++;
                if (meldingen >= n) {
                    int oudste = meldingen % n; // the slot of the (n-1)-th report before this one
                    if (week - beginWeek[oudste] <= regels.mazlLesweken() - 1) {
                        uit.signaal(Signaalsoort.MAZL_VIERDE_ZIEKMELDING, beginDag[oudste], dag, GEEN, GEEN);
                    }
                }
                long gemeld = d.ziekGemeldOp[i];
                if (gemeld != Absentiedagen.GEEN_DATUM && gemeld - dag > regels.ziekmeldingTermijnDagen()) {
                    uit.signaal(Signaalsoort.ZIEKMELDING_TE_LAAT, dag, gemeld, GEEN, GEEN);
                }
            }
            vorigeZiekeDag = lesdag;
            if (lengte == regels.mazlAaneengeslotenDagen()) {
                uit.signaal(Signaalsoort.MAZL_ZEVENDE_ZIEKTEDAG, begin, dag, GEEN, GEEN);
            }
        }
    }

    /** TE_LAAT_HERHAALD: the day the late arrivals of a school year reach or pass each step. */
    private void teLaat(Absentiedagen d, Lesdagindex kalender, Signaaluitvoer uit) {
        long schooljaarEinde = Long.MIN_VALUE;
        int telling = 0, stap = 0;
        long eersteDag = 0;
        for (int i = 0; i < d.aantal; i++) {
            long dag = d.dag[i];
            if (d.teLaatAantal[i] == 0 || kalender.lesdag(dag) < 0) continue;
            if (dag > schooljaarEinde) {
                schooljaarEinde = schooljaarEinde(dag);
                telling = 0;
                stap = 0;
                eersteDag = dag;
            }
            telling += d.teLaatAantal[i];
            while (stap < teLaatStappen.length && telling >= teLaatStappen[stap]) {
                uit.signaal(Signaalsoort.TE_LAAT_HERHAALD, eersteDag, dag, GEEN, teLaatStappen[stap]);
                stap++;
            }
        }
    }

    /** 31 July of the school year (1 August – 31 July) that contains the day, as an epoch day. */
    static long schooljaarEinde(long epochDag) {
        LocalDate dag = LocalDate.ofEpochDay(epochDag);
        int jaar = dag.getMonthValue() >= Month.AUGUST.getValue() ? dag.getYear() + 1 : dag.getYear();
        return LocalDate.of(jaar, Month.JULY, 31).toEpochDay();
    }
}
