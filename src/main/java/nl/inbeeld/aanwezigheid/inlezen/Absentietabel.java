package nl.inbeeld.aanwezigheid.inlezen;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Absence rows in columns of primitives, compact enough for millions of rows: pupils and schools are numbered
 * (interned), days are epoch days. Rows of the folder have their line number; rows already stored (loaded for
 * the minutes-per-day check) have line 0.
 */
final class Absentietabel {

    static final int GEEN = nl.inbeeld.aanwezigheid.Absentierijen.GEEN_DATUM;

    private final Map<String, Integer> leerlingNummers = new HashMap<>();
    private final Map<String, Integer> schoolNummers = new HashMap<>();
    String[] leerlingen = new String[1024];
    String[] scholen = new String[64];

    int aantal;
    int[] leerling = new int[1024];
    int[] school = new int[1024];
    int[] dag = new int[1024];
    byte[] code = new byte[1024];
    short[] minuten = new short[1024];
    short[] aantalTeLaat = new short[1024];
    int[] gemeldOp = new int[1024];
    int[] regel = new int[1024];
    boolean[] afgekeurd = new boolean[1024];

    /** After the check: all rows in order of pupil, school, day, code and line (stored rows first). */
    int[] volgorde;
    /** After the check: whether a valid folder row has the key of a stored row (so the import must upsert). */
    boolean vervangtOpgeslagen;

    /**
     * The folder's rows as parsed so far: the first {@code aantal} rows of the table, with the arrays as they were
     * then. Parsing adds rows and the check later adds the stored ones, each growing the table into new arrays, but
     * neither changes these rows, so they can be read on another thread meanwhile.
     */
    record Folderrijen(int aantal, String[] leerlingen, String[] scholen, int[] leerling, int[] school, int[] dag,
            byte[] code, short[] minuten, short[] aantalTeLaat, int[] gemeldOp) implements Aanvoer {

        @Override
        public Folderrijen na(int vanaf) {
            return vanaf < aantal ? this : null;
        }
    }

    /** Folder rows as they arrive from the parser. */
    interface Aanvoer {
        /** Waits until there are rows beyond the first {@code vanaf}, then returns them all; null when no more come. */
        Folderrijen na(int vanaf);
    }

    private static final int PUBLICEER_PER = 8192;
    private Folderrijen gepubliceerd;
    private boolean compleet;

    /** Call when all folder rows are in and before the stored ones are added. */
    Folderrijen folderrijen() {
        return new Folderrijen(aantal, leerlingen, scholen, leerling, school, dag, code, minuten, aantalTeLaat, gemeldOp);
    }

    /** While parsing: after each row; every so many rows, the rows so far become available to {@link #aanvoer}. */
    void misschienPubliceren() {
        if (aantal % PUBLICEER_PER == 0) publiceer(false);
    }

    /** After parsing (also a failed one): every folder row is available to {@link #aanvoer}, which then ends. */
    void sluit() {
        publiceer(true);
    }

    private synchronized void publiceer(boolean laatste) {
        gepubliceerd = folderrijen();
        compleet |= laatste;
        notifyAll();
    }

    /** The folder rows as the parser publishes them, for a reader on another thread. */
    Aanvoer aanvoer() {
        return vanaf -> {
            synchronized (this) {
                try {
                    while (!compleet && (gepubliceerd == null || gepubliceerd.aantal() <= vanaf)) wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Wachten op absentierijen onderbroken", e);
                }
                return gepubliceerd.na(vanaf);
            }
        };
    }

    // rows come grouped by pupil and school: most lookups are for the same id as the one before
    private String vorigeLeerling, vorigeSchool;
    private int vorigeLeerlingNummer, vorigeSchoolNummer;

    int leerlingNummer(String id) {
        if (id.equals(vorigeLeerling)) return vorigeLeerlingNummer;
        vorigeLeerling = id;
        return vorigeLeerlingNummer = nummer(id);
    }

    private int nummer(String id) {
        Integer n = leerlingNummers.get(id);
        if (n != null) return n;
        int nieuw = leerlingNummers.size();
        if (nieuw == leerlingen.length) leerlingen = Arrays.copyOf(leerlingen, nieuw * 2);
        leerlingen[nieuw] = id;
        leerlingNummers.put(id, nieuw);
        return nieuw;
    }

    /** The number of a pupil already in the table, or -1. */
    int bestaandeLeerling(String id) {
        Integer n = leerlingNummers.get(id);
        return n == null ? -1 : n;
    }

    int schoolNummer(String id) {
        if (id.equals(vorigeSchool)) return vorigeSchoolNummer;
        vorigeSchool = id;
        return vorigeSchoolNummer = schoolnummer(id);
    }

    private int schoolnummer(String id) {
        Integer n = schoolNummers.get(id);
        if (n != null) return n;
        int nieuw = schoolNummers.size();
        if (nieuw == scholen.length) scholen = Arrays.copyOf(scholen, nieuw * 2);
        scholen[nieuw] = id;
        schoolNummers.put(id, nieuw);
        return nieuw;
    }

    int bestaandeSchool(String id) {
        Integer n = schoolNummers.get(id);
        return n == null ? -1 : n;
    }

    int aantalLeerlingen() {
        return leerlingNummers.size();
    }

    int aantalScholen() {
        return schoolNummers.size();
    }

    void voegToe(int l, int s, int d, int c, int m, int a, int gemeld, int r) {
        if (aantal == leerling.length) groei();
        leerling[aantal] = l;
        school[aantal] = s;
        dag[aantal] = d;
        code[aantal] = (byte) c;
        minuten[aantal] = (short) m;
        aantalTeLaat[aantal] = (short) a;
        gemeldOp[aantal] = gemeld;
        regel[aantal] = r;
        aantal++;
    }

    boolean isOpgeslagen(int i) {
        return regel[i] == 0;
    }

    private void groei() {
        int n = leerling.length * 2;
        leerling = Arrays.copyOf(leerling, n);
        school = Arrays.copyOf(school, n);
        dag = Arrays.copyOf(dag, n);
        code = Arrays.copyOf(code, n);
        minuten = Arrays.copyOf(minuten, n);
        aantalTeLaat = Arrays.copyOf(aantalTeLaat, n);
        gemeldOp = Arrays.copyOf(gemeldOp, n);
        regel = Arrays.copyOf(regel, n);
        afgekeurd = Arrays.copyOf(afgekeurd, n);
    }
}
