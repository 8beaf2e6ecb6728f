package nl.inbeeld.verzuim;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.inbeeld.leerplicht.Leerplichtinstellingen;
import nl.inbeeld.school.Lesdagindex;
import nl.inbeeld.school.Schoolkalender;

/**
 * The whole school year in memory for the {@code bench} command: every pupil's absence days per school, one group
 * after another in one flat {@link Absentiedagen}, with calendar index and group bounds per group prepared, so that
 * the one-pass {@link Detector} can be timed alone over all of them (single thread and over pupils in parallel).
 * Also writes the lesson-day and group tables the SQL baselines need, and gives the first VERZUIM_16_UUR per pupil
 * and school to compare with them. Not used by the application itself; the detector it times is the one
 * {@link Signaaldetectie} runs, on the same store (one group at a time there).
 */
public final class Detectiebank {

    final Absentiedagen dagen = new Absentiedagen(1 << 16);
    private int groepen;
    private int[] begin = new int[1025]; // group g is the entries begin[g] (inclusive) to begin[g + 1] of dagen
    private int[] school = new int[1024];
    private Lesdagindex[] indexen = new Lesdagindex[1024];
    private Groepsgrenzen[] grenzen = new Groepsgrenzen[1024];
    private final List<String> leerlingen = new ArrayList<>();
    final List<String> scholen = new ArrayList<>();
    final Map<String, Integer> schoolNummer = new HashMap<>();
    final List<Kalenders.SchoolStand> standen = new ArrayList<>();
    long rijen;
    int eersteDag = Integer.MAX_VALUE, laatsteDag = Integer.MIN_VALUE;

    private final Leerplichtinstellingen instellingen;

    Detectiebank(Leerplichtinstellingen instellingen) {
        this.instellingen = instellingen;
    }

    /**
     * Loads a folder in uitwisselformaat v1 as the generator writes it (pupils in file order); detection will use
     * these settings (the 29 February choice for the groups, the Atw for terms) with the default thresholds.
     */
    public static Detectiebank uitMap(Path map, Leerplichtinstellingen instellingen) {
        return Maplezer.lees(map, instellingen);
    }

    /** The figures of one detection run over every pupil: signals per kind, best and median time. */
    public record Meting(long rijen, int groepen, int draden, Map<Signaalsoort, Long> perSoort, long signalen,
            long besteNanos, long mediaanNanos) {}

    public long rijen() {
        return rijen;
    }

    public int groepen() {
        return groepen;
    }

    /** Closes the group of the rows added to {@link #dagen} since the previous one. */
    void sluitGroep(String leerling, int schoolNummer, Lesdagindex index, Groepsgrenzen groep) {
        int g = groepen++;
        if (g == school.length) {
            begin = Arrays.copyOf(begin, 2 * g + 1);
            school = Arrays.copyOf(school, 2 * g);
            indexen = Arrays.copyOf(indexen, 2 * g);
            grenzen = Arrays.copyOf(grenzen, 2 * g);
        }
        begin[g + 1] = dagen.aantal;
        school[g] = schoolNummer;
        indexen[g] = index;
        grenzen[g] = groep;
        leerlingen.add(leerling);
        dagen.nieuweGroep();
    }

    /** Detects every signal of every pupil {@code herhalingen} times over {@code draden} threads. */
    public Meting meet(int herhalingen, int draden) {
        int[] grens = verdeel(draden);
        long[] tijden = new long[Math.max(1, herhalingen)];
        long[][] perSoort = new long[draden][];
        try (ExecutorService pool = Executors.newFixedThreadPool(draden)) {
            for (int h = 0; h < tijden.length; h++) {
                List<Future<long[]>> klaar = new ArrayList<>();
                long start = System.nanoTime();
                for (int t = 0; t < draden; t++) {
                    int van = grens[t], tot = grens[t + 1];
                    klaar.add(pool.submit(() -> detecteer(van, tot, null)));
                }
                for (int t = 0; t < draden; t++) perSoort[t] = klaar.get(t).get();
                tijden[h] = System.nanoTime() - start;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Map<Signaalsoort, Long> soorten = new EnumMap<>(Signaalsoort.class);
        long totaal = 0;
        for (Signaalsoort s : Signaalsoort.values()) {
            long n = 0;
            for (long[] p : perSoort) n += p[s.ordinal()];
            if (n > 0) soorten.put(s, n);
            totaal += n;
        }
        long[] gesorteerd = tijden.clone();
        Arrays.sort(gesorteerd);
        return new Meting(rijen, groepen, draden, soorten, totaal, gesorteerd[0],
                gesorteerd[gesorteerd.length / 2]);
    }

    /**
     * Detection of one pupil–school pair at a time, its data already in memory (the engine alone, as the incremental
     * path runs it, without the database): nanoseconds per pair, for {@code aantal} pairs spread over the bank.
     */
    public long[] meetPerGroep(int aantal) {
        var detector = new Detector(Detectieregels.STANDAARD, instellingen.termijnenwet());
        var teller = new Teller(null);
        int n = Math.min(aantal, groepen);
        long[] tijden = new long[n];
        for (int i = 0; i < n; i++) {
            int g = (int) ((long) i * groepen / n);
            long start = System.nanoTime();
            detector.detecteer(dagen, begin[g], begin[g + 1], indexen[g], standen.get(school[g]).lesminutenPerDag(),
                    grenzen[g], teller);
            tijden[i] = System.nanoTime() - start;
        }
        return tijden;
    }

    /** Per pupil and school ({@code leerling_id|school_id}) the einddatum of the first VERZUIM_16_UUR signal. */
    public Map<String, LocalDate> eerste16Uur() {
        int[] eerste = new int[groepen];
        Arrays.fill(eerste, Integer.MIN_VALUE);
        detecteer(0, groepen, eerste);
        Map<String, LocalDate> uit = new HashMap<>();
        for (int g = 0; g < eerste.length; g++) {
            if (eerste[g] != Integer.MIN_VALUE) uit.put(sleutel(g), LocalDate.ofEpochDay(eerste[g]));
        }
        return uit;
    }

    String sleutel(int g) {
        return leerlingen.get(g) + "|" + scholen.get(school[g]);
    }

    private long[] detecteer(int van, int tot, int[] eerste16) {
        var detector = new Detector(Detectieregels.STANDAARD, instellingen.termijnenwet());
        var teller = new Teller(eerste16);
        for (int g = van; g < tot; g++) {
            teller.groep = g;
            detector.detecteer(dagen, begin[g], begin[g + 1], indexen[g], standen.get(school[g]).lesminutenPerDag(),
                    grenzen[g], teller);
        }
        return teller.perSoort;
    }

    /** Boundaries of {@code draden} ranges of groups with about equal numbers of days. */
    private int[] verdeel(int draden) {
        int[] grens = new int[draden + 1];
        long perDraad = dagen.aantal / draden, som = 0;
        int t = 1;
        for (int g = 0; g < groepen && t < draden; g++) {
            som += begin[g + 1] - begin[g];
            if (som >= perDraad * t) grens[t++] = g + 1;
        }
        while (t <= draden) grens[t++] = groepen;
        return grens;
    }

    private static final class Teller implements Signaaluitvoer {
        final long[] perSoort = new long[Signaalsoort.values().length];
        final int[] eerste16;
        int groep;

        Teller(int[] eerste16) {
            this.eerste16 = eerste16;
        }

        @Override
        public void signaal(Signaalsoort soort, int begindatum, int einddatum, int minuten, int aantal) {
            perSoort[soort.ordinal()]++;
            if (eerste16 != null && soort == Signaalsoort.VERZUIM_16_UUR && eerste16[groep] == Integer.MIN_VALUE) {
                eerste16[groep] = einddatum;
            }
        }
    }

    /**
     * Writes the two tables the SQL form of VERZUIM_16_UUR needs, as CSV without header: {@code lesdag} (school_id,
     * datum, lesweek: every lesson day of each school over the data's range, lesweken numbered consecutively as the
     * engine numbers them) and {@code groep} (leerling_id, school_id, plicht_van, plicht_tot: the days the pupil is
     * leerplichtig or kwalificatieplichtig, both inclusive).
     */
    public void schrijfSqlTabellen(Path lesdag, Path groep) {
        try (BufferedWriter l = Files.newBufferedWriter(lesdag, StandardCharsets.UTF_8);
                BufferedWriter g = Files.newBufferedWriter(groep, StandardCharsets.UTF_8)) {
            for (int s = 0; s < scholen.size(); s++) {
                Schoolkalender k = standen.get(s).kalender();
                Lesdagindex index = k.index(LocalDate.ofEpochDay(eersteDag).minusWeeks(8), LocalDate.ofEpochDay(laatsteDag));
                for (long d = index.eersteDag(); d <= index.laatsteDag(); d++) {
                    int w = index.lesweek(d);
                    if (w >= 0) l.append(scholen.get(s)).append(',').append(LocalDate.ofEpochDay(d).toString())
                            .append(',').append(Integer.toString(w)).append('\n');
                }
            }
            for (int i = 0; i < groepen; i++) {
                Groepsgrenzen gr = grenzen[i];
                if (gr.plichtVan() > gr.plichtTot()) continue;
                g.append(leerlingen.get(i)).append(',').append(scholen.get(school[i])).append(',')
                        .append(datum(gr.plichtVan())).append(',').append(datum(gr.plichtTot())).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String datum(long epochDag) {
        long begrensd = Math.max(LocalDate.of(1900, 1, 1).toEpochDay(), Math.min(LocalDate.of(2999, 12, 31).toEpochDay(), epochDag));
        return LocalDate.ofEpochDay(begrensd).toString();
    }
}
