package nl.inbeeld.verzuim;

import java.util.Arrays;
import nl.inbeeld.aanwezigheid.Absentie;
import nl.inbeeld.aanwezigheid.Absentiecode;

/**
 * The absence days of one pupil at one school in date order, as parallel primitive arrays: one entry per day,
 * minutes summed per kind of code. Reused between pupils (call {@link #leeg()}), so detection allocates nothing
 * per row.
 */
final class Absentiedagen {

    static final int GEEN_DATUM = Integer.MIN_VALUE;

    int aantal;
    int[] dag = new int[64];              // epoch day
    short[] ongeoorloofd = new short[64]; // code ONGEOORLOOFD, minutes (a day has at most 720)
    short[] luxe = new short[64];         // code LUXE
    short[] teLaat = new short[64];       // code TE_LAAT, minutes
    short[] teLaatAantal = new short[64]; // code TE_LAAT, arrivals
    short[] ziek = new short[64];         // code ZIEK
    int[] ziekGemeldOp = new int[64];     // gemeld_op of the ZIEK row (epoch day), or GEEN_DATUM

    void leeg() {
        aantal = 0;
    }

    /** Adds one administration row; rows must come in date order. */
    void voegToe(long epochDag, Absentiecode code, int minuten, int aantalKeer, long gemeldOp) {
        voegToe((int) epochDag, code.ordinal(), minuten, aantalKeer,
                gemeldOp == Long.MIN_VALUE ? GEEN_DATUM : (int) gemeldOp);
    }

    private static final int ONGEOORLOOFD = Absentiecode.ONGEOORLOOFD.ordinal(), LUXE = Absentiecode.LUXE.ordinal(),
            TE_LAAT = Absentiecode.TE_LAAT.ordinal(), ZIEK = Absentiecode.ZIEK.ordinal();

    /** Adds one row given as primitives ({@code code} = {@link Absentiecode#ordinal()}); rows in date order. */
    void voegToe(int epochDag, int code, int minuten, int aantalKeer, int gemeldOp) {
        if (aantal == 0 || dag[aantal - 1] != epochDag) {
            if (aantal == dag.length) groei();
            int i = aantal++;
            dag[i] = epochDag;
            ongeoorloofd[i] = luxe[i] = teLaat[i] = teLaatAantal[i] = ziek[i] = 0;
            ziekGemeldOp[i] = GEEN_DATUM;
        }
        int i = aantal - 1;
        if (code == ONGEOORLOOFD) {
            ongeoorloofd[i] += (short) minuten;
        } else if (code == LUXE) {
            luxe[i] += (short) minuten;
        } else if (code == TE_LAAT) {
            teLaat[i] += (short) minuten;
            teLaatAantal[i] += (short) Math.max(1, aantalKeer);
        } else if (code == ZIEK) {
            ziek[i] += (short) minuten;
            ziekGemeldOp[i] = gemeldOp;
        } // RELIGIEUS, VERLOF, SCHORSING: geoorloofd, not counted by any signal
    }

    void voegToe(Absentie a) {
        voegToe(a.datum().toEpochDay(), a.code(), a.minuten(), a.aantal(),
                a.gemeldOp() == null ? Long.MIN_VALUE : a.gemeldOp().toEpochDay());
    }

    /** Unexcused minutes of entry i (ONGEOORLOOFD + LUXE, and TE_LAAT when configured so). */
    int ongeoorloofdeMinuten(int i, boolean teLaatTelt) {
        return ongeoorloofd[i] + luxe[i] + (teLaatTelt ? teLaat[i] : 0);
    }

    /** A copy with arrays of exactly the used length (for keeping many pupils in memory). */
    Absentiedagen kopie() {
        var k = new Absentiedagen();
        k.aantal = aantal;
        k.dag = Arrays.copyOf(dag, aantal);
        k.ongeoorloofd = Arrays.copyOf(ongeoorloofd, aantal);
        k.luxe = Arrays.copyOf(luxe, aantal);
        k.teLaat = Arrays.copyOf(teLaat, aantal);
        k.teLaatAantal = Arrays.copyOf(teLaatAantal, aantal);
        k.ziek = Arrays.copyOf(ziek, aantal);
        k.ziekGemeldOp = Arrays.copyOf(ziekGemeldOp, aantal);
        return k;
    }

    private void groei() {
        int n = dag.length * 2;
        dag = Arrays.copyOf(dag, n);
        ongeoorloofd = Arrays.copyOf(ongeoorloofd, n);
        luxe = Arrays.copyOf(luxe, n);
        teLaat = Arrays.copyOf(teLaat, n);
        teLaatAantal = Arrays.copyOf(teLaatAantal, n);
        ziek = Arrays.copyOf(ziek, n);
        ziekGemeldOp = Arrays.copyOf(ziekGemeldOp, n);
    }
}
