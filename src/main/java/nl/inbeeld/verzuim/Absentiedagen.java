package nl.inbeeld.verzuim;

import java.util.Arrays;
import nl.inbeeld.aanwezigheid.Absentie;
import nl.inbeeld.aanwezigheid.Absentiecode;

/**
 * Absence days in date order as flat parallel primitive arrays: one entry per day on which the pupil has an absence
 * that some signal looks at (codes ONGEOORLOOFD, LUXE, TE_LAAT, ZIEK; the other codes are geoorloofd and count for
 * nothing), minutes and late arrivals summed per kind of code. A store holds the days of one pupil–school group
 * (the application: reused between groups through {@link #leeg()}), or of many groups one after another (the
 * benchmark's {@link Detectiebank}: {@link #nieuweGroep()} between them); {@link Detector} works on an index range.
 * Adding allocates nothing per row once the arrays are large enough.
 */
final class Absentiedagen {

    static final int GEEN_DATUM = nl.inbeeld.aanwezigheid.Absentierijen.GEEN_DATUM;

    /** {@link #minuten}: two fields of 16 bits, ONGEOORLOOFD + LUXE in the low one, TE_LAAT in the high one. */
    static final int MINUTENVELD = 0xFFFF, TE_LAAT_VERSCHUIVING = 16;
    /** {@link #codes}: one bit per code with minutes that day, and the number of late arrivals from bit 3 on. */
    static final int ONGEOORLOOFD_BIT = 1, LUXE_BIT = 2, ZIEK_BIT = 4, TE_LAAT_AANTAL_VERSCHUIVING = 3;

    private static final int ONGEOORLOOFD = Absentiecode.ONGEOORLOOFD.ordinal(), LUXE = Absentiecode.LUXE.ordinal(),
            TE_LAAT = Absentiecode.TE_LAAT.ordinal(), ZIEK = Absentiecode.ZIEK.ordinal();

    int aantal;
    private int groepBegin;
    int[] dag;          // epoch day
    int[] minuten;      // unexcused minutes, packed (see MINUTENVELD)
    int[] codes;        // codes present and late arrivals, packed (see ONGEOORLOOFD_BIT)
    int[] ziekGemeldOp; // gemeld_op of the ZIEK row (epoch day), or GEEN_DATUM

    Absentiedagen() {
        this(64);
    }

    Absentiedagen(int capaciteit) {
        int n = Math.max(16, capaciteit);
        dag = new int[n];
        minuten = new int[n];
        codes = new int[n];
        ziekGemeldOp = new int[n];
    }

    /** Empties the store. */
    void leeg() {
        aantal = 0;
        groepBegin = 0;
    }

    /** Starts the next group: the following rows never add to a day of the groups before. */
    void nieuweGroep() {
        groepBegin = aantal;
    }

    /** Adds one administration row; rows must come in date order. */
    void voegToe(Absentie a) {
        voegToe((int) a.datum().toEpochDay(), a.code().ordinal(), a.minuten(), a.aantal(),
                a.gemeldOp() == null ? GEEN_DATUM : (int) a.gemeldOp().toEpochDay());
    }

    /** Adds one row given as primitives ({@code code} = {@link Absentiecode#ordinal()}); rows in date order. */
    void voegToe(int epochDag, int code, int minuten, int aantalKeer, int gemeldOp) {
        if (minuten < 0) throw new IllegalArgumentException("negatieve minuten op dag " + epochDag);
        if (code == ONGEOORLOOFD || code == LUXE) {
            int i = entry(epochDag);
            this.minuten[i] = opgeteld(this.minuten[i], minuten, 0);
            if (minuten > 0) codes[i] |= code == LUXE ? LUXE_BIT : ONGEOORLOOFD_BIT;
        } else if (code == TE_LAAT) {
            int i = entry(epochDag);
            this.minuten[i] = opgeteld(this.minuten[i], minuten, TE_LAAT_VERSCHUIVING);
            codes[i] += Math.max(1, aantalKeer) << TE_LAAT_AANTAL_VERSCHUIVING;
        } else if (code == ZIEK) {
            int i = entry(epochDag);
            if (minuten > 0) codes[i] |= ZIEK_BIT;
            ziekGemeldOp[i] = gemeldOp;
        } // RELIGIEUS, VERLOF, SCHORSING: geoorloofd, not counted by any signal
    }

    /** The entry of this day in the current group, appended when the group has none yet. */
    private int entry(int epochDag) {
        if (aantal > groepBegin && dag[aantal - 1] == epochDag) return aantal - 1;
        if (aantal == dag.length) groei();
        int i = aantal++;
        dag[i] = epochDag;
        minuten[i] = codes[i] = 0;
        ziekGemeldOp[i] = GEEN_DATUM;
        return i;
    }

    /** {@code velden} with {@code erbij} added to the field at {@code verschuiving}, which must not overflow. */
    private static int opgeteld(int velden, int erbij, int verschuiving) {
        int som = (velden >>> verschuiving & MINUTENVELD) + erbij;
        if (som > MINUTENVELD) throw new IllegalArgumentException("meer dan 65535 minuten van één soort op één dag");
        return velden + (erbij << verschuiving);
    }

    private void groei() {
        int n = dag.length * 2;
        dag = Arrays.copyOf(dag, n);
        minuten = Arrays.copyOf(minuten, n);
        codes = Arrays.copyOf(codes, n);
        ziekGemeldOp = Arrays.copyOf(ziekGemeldOp, n);
    }
}
