package nl.inbeeld.verzuim;

import static nl.inbeeld.verzuim.Absentiedagen.GEEN_DATUM;
import static nl.inbeeld.verzuim.Absentiedagen.LUXE_BIT;
import static nl.inbeeld.verzuim.Absentiedagen.MINUTENVELD;
import static nl.inbeeld.verzuim.Absentiedagen.ONGEOORLOOFD_BIT;
import static nl.inbeeld.verzuim.Absentiedagen.TE_LAAT_AANTAL_VERSCHUIVING;
import static nl.inbeeld.verzuim.Absentiedagen.TE_LAAT_VERSCHUIVING;
import static nl.inbeeld.verzuim.Absentiedagen.ZIEK_BIT;
import static nl.inbeeld.verzuim.Signaaluitvoer.GEEN;

import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import nl.inbeeld.leerplicht.Termijnenwet;
import nl.inbeeld.school.Lesdagindex;

/**
 * The detection core (spec §4): one pass over a pupil's absence days at one school, in date order, finding
 * every signal. Plain Java over primitive arrays: each day costs one load of its packed calendar code (lesson-day
 * number, lesweek number, holiday border) and of its packed minutes and codes, and all rules advance together in a
 * single loop; the 16-hour window holds only the days with minutes that count. All state is local variables plus
 * scratch arrays that are reused between pupils. Not thread-safe: one detector per thread.
 */
final class Detector {

    private final boolean teLaatTelt;
    private final int drempel;
    private final int rmcDrempel;
    private final int venster;
    private final int langdurigDagen;
    private final int mazlN;
    private final int mazlVenster;
    private final int mazlAaneengesloten;
    private final int ziekmeldingTermijn;
    private final int[] teLaatStappen;
    private final Termijnenwet termijnenwet;

    // the 16-hour window: entries for the days with unexcused minutes that count, oldest first
    private int[] vensterDag = new int[64];
    private int[] vensterWeek = new int[64];
    private int[] vensterPlicht = new int[64]; // minutes counting for VERZUIM_16_UUR
    private int[] vensterRmc = new int[64];    // … for RMC_18_PLUS
    private final int[] ziekBeginDag;          // ring of the first days of the last n ziekmeldingen
    private final int[] ziekBeginWeek;
    private int laatsteJaarBegin = 1, laatsteJaarEinde = 0; // the school year eindeSchooljaar(int) found last

    Detector(Detectieregels regels, Termijnenwet termijnenwet) {
        this.termijnenwet = termijnenwet;
        this.teLaatTelt = regels.teLaatTeltAlsOngeoorloofd();
        this.drempel = regels.drempelMinuten();
        this.rmcDrempel = regels.rmcDrempelMinuten();
        this.venster = regels.lesweken() - 1;
        this.langdurigDagen = regels.langdurigDagen();
        this.mazlN = regels.mazlZiekmeldingen();
        this.mazlVenster = regels.mazlLesweken() - 1;
        this.mazlAaneengesloten = regels.mazlAaneengeslotenDagen();
        this.ziekmeldingTermijn = regels.ziekmeldingTermijnDagen();
        this.teLaatStappen = regels.teLaatStappenArray();
        this.ziekBeginDag = new int[mazlN];
        this.ziekBeginWeek = new int[mazlN];
    }

    /**
     * All signals of one pupil at one school:
     * <ul>
     * <li>VERZUIM_16_UUR and RMC_18_PLUS (art. 21a): the first lesson day on which the unexcused minutes in its
     * lesweek and the three lesweken before it reach the threshold (RMC_18_PLUS: its own threshold); counting
     * restarts after that day;</li>
     * <li>LANGDURIG_RELATIEF (runs of full days absent without a valid reason, 28 days long not counting the weeks
     * without lessons), LUXE_VERZUIM (first day of each
     * run of LUXE days) and LUXE_VERZUIM_VERMOEDEN (ONGEOORLOOFD on a lesson day bordering a holiday);</li>
     * <li>MAZL_VIERDE_ZIEKMELDING, MAZL_ZEVENDE_ZIEKTEDAG and ZIEKMELDING_TE_LAAT over runs of ZIEK days;</li>
     * <li>TE_LAAT_HERHAALD: the day the late arrivals of a school year reach or pass each step.</li>
     * </ul>
     * The group's days are the entries {@code van} (inclusive) to {@code tot} (exclusive) of {@code d};
     * {@code lesminutenPerDag} is at least 1. Signals of one day come in the order of this list.
     */
    void detecteer(Absentiedagen d, int van, int tot, Lesdagindex kalender, int lesminutenPerDag, Groepsgrenzen groep,
            Signaaluitvoer uit) {
        if (vensterDag.length < tot - van) groei(tot - van);
        final int[] dagen = d.dag, minuten = d.minuten, codes = d.codes;
        final int[] vDag = vensterDag, vWeek = vensterWeek, vPlicht = vensterPlicht, vRmc = vensterRmc;
        final int teLaatMasker = teLaatTelt ? MINUTENVELD : 0;
        final int drempel = this.drempel, rmcDrempel = this.rmcDrempel, venster = this.venster, langdurigDagen = this.langdurigDagen;
        final int plichtVan = epochDag(groep.plichtVan()), plichtTot = epochDag(groep.plichtTot());
        final int rmcVan = epochDag(groep.rmcVan()), rmcTot = epochDag(groep.rmcTot());
        final long[] vrij = groep.vrij(); // art. 15 days (spec §7): not kwalificatieplichtig; usually none
        // 16 uur: the window is the entries kop (inclusive) to staart (exclusive)
        int kop = 0, staart = 0, somPlicht = 0, somRmc = 0;
        // langdurig en luxe
        int vorigeVolleDag = Integer.MIN_VALUE, vorigeLuxeDag = Integer.MIN_VALUE, runBegin = 0;
        int runLesweek = 0, runKalenderweek = 0; // of the run's first day
        boolean runGesignaleerd = false;
        // ziekte
        int meldingen = 0, ring = 0, vorigeZiekeDag = Integer.MIN_VALUE, lengte = 0, ziekBegin = 0;
        // te laat
        int jaarEinde = Integer.MIN_VALUE, telling = 0, stap = 0, volgendeStap = 0, eersteTeLaat = 0;

        for (int i = van; i < tot; i++) {
            int dag = dagen[i];
            int k = kalender.code(dag);
            if (k == Lesdagindex.GEEN_LESDAG) continue; // no lesson day: counts for nothing and breaks no run
            int c = codes[i];
            int m = minuten[i];
            int onge = (m & MINUTENVELD) + (m >>> TE_LAAT_VERSCHUIVING & teLaatMasker); // unexcused minutes

            if (onge != 0) {
                boolean plichtig = dag >= plichtVan && dag <= plichtTot && (vrij.length == 0 || !vrijgesteld(vrij, dag));
                int p = plichtig ? onge : 0;
                int r = dag >= rmcVan && dag <= rmcTot ? onge : 0;

                // VERZUIM_16_UUR / RMC_18_PLUS
                if ((p | r) != 0) {
                    int w = Lesdagindex.lesweeknummer(k), ondergrens = w - venster;
                    if (kop < staart) {
                        if (vWeek[staart - 1] < ondergrens) { // the whole window drops out at once
                            kop = staart;
                            somPlicht = somRmc = 0;
                        } else {
                            while (vWeek[kop] < ondergrens) {
                                somPlicht -= vPlicht[kop];
                                somRmc -= vRmc[kop];
                                kop++;
                            }
                        }
                    }
                    vDag[staart] = dag;
                    vWeek[staart] = w;
                    vPlicht[staart] = p;
                    vRmc[staart] = r;
                    staart++;
                    somPlicht += p;
                    somRmc += r;
                    if (somPlicht >= drempel || somRmc >= rmcDrempel) {
                        boolean plicht = somPlicht >= drempel;
                        int[] min = plicht ? vPlicht : vRmc;
                        int begin = dag;
                        for (int j = kop; j < staart; j++) {
                            if (min[j] > 0) {
                                begin = vDag[j];
                                break;
                            }
                        }
                        uit.signaal(plicht ? Signaalsoort.VERZUIM_16_UUR : Signaalsoort.RMC_18_PLUS, begin, dag,
                                plicht ? somPlicht : somRmc, GEEN);
                        kop = staart; // counting restarts the day after einddatum
                        somPlicht = somRmc = 0;
                    }
                }

                // LANGDURIG_RELATIEF, LUXE_VERZUIM
                if (plichtig && onge >= lesminutenPerDag) {
                    int lesdag = Lesdagindex.lesdagnummer(k);
                    if (lesdag != vorigeVolleDag + 1) {
                        runBegin = dag;
                        runLesweek = Lesdagindex.lesweeknummer(k);
                        runKalenderweek = kalenderweek(dag);
                        runGesignaleerd = false;
                    }
                    vorigeVolleDag = lesdag;
                    // spec §7: the calendar weeks without lessons wholly between the run's first day and this one
                    // (calendar weeks between minus lesweken between) do not count
                    if (!runGesignaleerd && dag - runBegin >= langdurigDagen && dag - runBegin - 7 * (kalenderweek(dag)
                            - runKalenderweek - Lesdagindex.lesweeknummer(k) + runLesweek) >= langdurigDagen) {
                        uit.signaal(Signaalsoort.LANGDURIG_RELATIEF, runBegin, dag, GEEN, GEEN);
                        runGesignaleerd = true;
                    }
                }
                if (plichtig && (c & LUXE_BIT) != 0) {
                    int lesdag = Lesdagindex.lesdagnummer(k);
                    if (lesdag != vorigeLuxeDag + 1) uit.signaal(Signaalsoort.LUXE_VERZUIM, dag, dag, GEEN, GEEN);
                    vorigeLuxeDag = lesdag;
                }
            }
            // LUXE_VERZUIM_VERMOEDEN: ONGEOORLOOFD or (spec §7) ZIEK on a lesson day bordering a holiday
            if ((c & (ONGEOORLOOFD_BIT | ZIEK_BIT)) != 0 && Lesdagindex.grenstAanVakantie(k)) {
                uit.signaal(Signaalsoort.LUXE_VERZUIM_VERMOEDEN, dag, dag, GEEN, GEEN);
            }

            // MAZL_VIERDE_ZIEKMELDING, MAZL_ZEVENDE_ZIEKTEDAG, ZIEKMELDING_TE_LAAT
            if ((c & ZIEK_BIT) != 0) {
                int lesdag = Lesdagindex.lesdagnummer(k);
                if (lesdag == vorigeZiekeDag + 1) {
                    lengte++;
                } else {
                    int w = Lesdagindex.lesweeknummer(k);
                    ziekBegin = dag;
                    lengte = 1;
                    ziekBeginDag[ring] = dag;
                    ziekBeginWeek[ring] = w;
                    ring = ring + 1 == mazlN ? 0 : ring + 1; // now the slot of the (n-1)-th report before this one
                    if (++meldingen >= mazlN && w - ziekBeginWeek[ring] <= mazlVenster) {
                        uit.signaal(Signaalsoort.MAZL_VIERDE_ZIEKMELDING, ziekBeginDag[ring], dag, GEEN, GEEN);
                    }
                    int gemeld = d.ziekGemeldOp[i];
                    // art. 12: late after first day + 2 calendar days, that end moved by Atw art. 1 (spec §7)
                    if (gemeld != GEEN_DATUM && gemeld - dag > ziekmeldingTermijn
                            && gemeld > termijnenwet.einde(dag + ziekmeldingTermijn)) {
                        uit.signaal(Signaalsoort.ZIEKMELDING_TE_LAAT, dag, gemeld, GEEN, GEEN);
                    }
                }
                vorigeZiekeDag = lesdag;
                if (lengte == mazlAaneengesloten) {
                    uit.signaal(Signaalsoort.MAZL_ZEVENDE_ZIEKTEDAG, ziekBegin, dag, GEEN, GEEN);
                }
            }

            // TE_LAAT_HERHAALD
            int teLaatAantal = c >>> TE_LAAT_AANTAL_VERSCHUIVING;
            if (teLaatAantal != 0) {
                if (dag > jaarEinde) {
                    jaarEinde = eindeSchooljaar(dag);
                    telling = stap = 0;
                    volgendeStap = teLaatStappen.length == 0 ? Integer.MAX_VALUE : teLaatStappen[0];
                    eersteTeLaat = dag;
                }
                telling += teLaatAantal;
                while (telling >= volgendeStap) {
                    uit.signaal(Signaalsoort.TE_LAAT_HERHAALD, eersteTeLaat, dag, GEEN, volgendeStap);
                    volgendeStap = ++stap < teLaatStappen.length ? teLaatStappen[stap] : Integer.MAX_VALUE;
                }
            }
        }
    }

    /** Whether the day lies in one of the ranges (pairs of inclusive bounds) of {@link Groepsgrenzen#vrij()}. */
    private static boolean vrijgesteld(long[] vrij, int dag) {
        for (int j = 0; j < vrij.length; j += 2) {
            if (dag >= vrij[j] && dag <= vrij[j + 1]) return true;
        }
        return false;
    }

    private void groei(int n) {
        int lengte = Math.max(n, vensterDag.length * 2);
        vensterDag = Arrays.copyOf(vensterDag, lengte);
        vensterWeek = Arrays.copyOf(vensterWeek, lengte);
        vensterPlicht = Arrays.copyOf(vensterPlicht, lengte);
        vensterRmc = Arrays.copyOf(vensterRmc, lengte);
    }

    /** A consecutive number of the calendar week (Monday to Sunday) of an epoch day; 1970-01-01 was a Thursday. */
    private static int kalenderweek(int epochDag) {
        return Math.floorDiv(epochDag + 3, 7);
    }

    /** A group bound as an epoch day; bounds beyond the range of {@code int} compare the same with every day. */
    private static int epochDag(long grens) {
        return (int) Math.clamp(grens, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** {@link #schooljaarEinde(long)}, remembering the last school year (a pupil's days mostly lie in one). */
    private int eindeSchooljaar(int epochDag) {
        if (epochDag < laatsteJaarBegin || epochDag > laatsteJaarEinde) {
            laatsteJaarEinde = (int) schooljaarEinde(epochDag);
            laatsteJaarBegin = (int) LocalDate.ofEpochDay(laatsteJaarEinde).minusYears(1).plusDays(1).toEpochDay();
        }
        return laatsteJaarEinde;
    }

    /** 31 July of the school year (1 August – 31 July) that contains the day, as an epoch day. */
    static long schooljaarEinde(long epochDag) {
        LocalDate dag = LocalDate.ofEpochDay(epochDag);
        int jaar = dag.getMonthValue() >= Month.AUGUST.getValue() ? dag.getYear() + 1 : dag.getYear();
        return LocalDate.of(jaar, Month.JULY, 31).toEpochDay();
    }
}
