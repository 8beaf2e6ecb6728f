package nl.inbeeld.demo;

import java.time.LocalDate;
import java.util.Arrays;
import nl.inbeeld.school.Kalenderperiode;
import nl.inbeeld.school.Kalendersoort;
import nl.inbeeld.school.Schoolkalender;

/**
 * The lesson days of one school in the school year as sorted epoch days, with their month and whether each is
 * the last lesson day before or the first after a VAKANTIE period. Built once per school.
 */
final class Lesdagen {

    private final long[] dagen;
    private final byte[] maand;
    private final boolean[] grensVakantie;

    private Lesdagen(long[] dagen, byte[] maand, boolean[] grensVakantie) {
        this.dagen = dagen;
        this.maand = maand;
        this.grensVakantie = grensVakantie;
    }

    static Lesdagen van(Schoolkalender kalender, LocalDate van, LocalDate totEnMet) {
        long[] d = new long[(int) (totEnMet.toEpochDay() - van.toEpochDay() + 1)];
        byte[] m = new byte[d.length];
        int n = 0;
        for (LocalDate dag = van; !dag.isAfter(totEnMet); dag = dag.plusDays(1)) {
            if (kalender.isLesdag(dag)) {
                m[n] = (byte) dag.getMonthValue();
                d[n++] = dag.toEpochDay();
            }
        }
        Lesdagen l = new Lesdagen(Arrays.copyOf(d, n), Arrays.copyOf(m, n), new boolean[n]);
        for (Kalenderperiode p : kalender.perioden()) {
            if (p.soort() != Kalendersoort.VAKANTIE) continue;
            int voor = l.laatsteTotEnMet(p.van().toEpochDay() - 1);
            if (voor >= 0) l.grensVakantie[voor] = true;
            int na = l.eersteVanaf(p.totEnMet().toEpochDay() + 1);
            if (na < n) l.grensVakantie[na] = true;
        }
        return l;
    }

    int aantal() {
        return dagen.length;
    }

    long dag(int i) {
        return dagen[i];
    }

    int maand(int i) {
        return maand[i];
    }

    boolean grenstAanVakantie(int i) {
        return grensVakantie[i];
    }

    /** Index of the first lesson day on or after {@code epochDag}; {@link #aantal()} when there is none. */
    int eersteVanaf(long epochDag) {
        int i = Arrays.binarySearch(dagen, epochDag);
        return i >= 0 ? i : -i - 1;
    }

    /** Index of the last lesson day on or before {@code epochDag}; -1 when there is none. */
    int laatsteTotEnMet(long epochDag) {
        int i = Arrays.binarySearch(dagen, epochDag);
        return i >= 0 ? i : -i - 2;
    }

    /** Index of this exact lesson day, or -1 when it is no lesson day. */
    int index(long epochDag) {
        int i = Arrays.binarySearch(dagen, epochDag);
        return i >= 0 ? i : -1;
    }
}
