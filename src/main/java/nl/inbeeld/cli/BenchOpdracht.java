package nl.inbeeld.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.inbeeld.aanwezigheid.Inlezen;
import nl.inbeeld.demo.Generatieopdracht;
import nl.inbeeld.demo.Generator;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.verzuim.Detectiebank;
import nl.inbeeld.verzuim.Signaaldetectie;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./inbeeld bench}: generates a school year, imports it end to end and measures detection, printing a table
 * of times and rows per second. A measurement, not a test: run it on a quiet machine. Without {@code --data-dir} or
 * {@code --db-url} it uses a fresh temporary embedded PostgreSQL.
 */
@Command(name = "bench", description = "Meet inlezen en detectie op gegenereerde gegevens.")
final class BenchOpdracht implements Callable<Integer> {

    @Mixin
    Opslagopties opslag;

    @Option(names = "--leerlingen", defaultValue = "20000", description = "Aantal leerlingen (standaard ${DEFAULT-VALUE}).")
    int leerlingen;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--herhalingen", defaultValue = "5", description = "Herhalingen van de detectiekern.")
    int herhalingen;

    @Option(names = "--tot-en-met", defaultValue = "2026-07-10", description = "Laatste dag van de gegevens.")
    LocalDate totEnMet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter uit = spec.commandLine().getOut();
        Path map = Files.createTempDirectory("inbeeld-bench");
        long t0 = System.nanoTime();
        var gegenereerd = new Generator().schrijf(map, new Generatieopdracht(leerlingen, seed, totEnMet));
        double genereren = seconden(t0);
        Map<String, Object> extra = new HashMap<>();
        if (opslag.dataDir == null && opslag.dbUrl == null) extra.put("inbeeld.db.tijdelijk", "true");
        try (var context = Toepassing.start(opslag, extra)) {
            long t1 = System.nanoTime();
            var resultaat = context.getBean(Inlezen.class).lees(map, false, "bench");
            double inlezen = seconden(t1);
            if (!resultaat.volledig()) {
                resultaat.afkeuringen().stream().limit(20).forEach(a -> spec.commandLine().getErr().println(a));
                return Opdrachtregel.AFGEKEURD;
            }
            var jdbc = context.getBean(JdbcClient.class);
            long rijen = jdbc.sql("select count(*) from absentie").query(Long.class).single();
            long signalen = jdbc.sql("select count(*) from signaal").query(Long.class).single();
            var ids = jdbc.sql("select leerling_id from leerling").query((rs, i) -> new LeerlingId(rs.getString(1))).list();
            long t2 = System.nanoTime();
            context.getBean(Signaaldetectie.class).herbereken(ids);
            double herdetectie = seconden(t2);
            var m = context.getBean(Detectiebank.class).meet(herhalingen);
            int kernen = Runtime.getRuntime().availableProcessors();
            uit.printf(Locale.ROOT, "InBeeld bench: %,d leerlingen, %,d absentierijen, %,d signalen, %d kernen%n",
                    leerlingen, rijen, signalen, kernen);
            uit.printf(Locale.ROOT, "%-58s %10s %14s%n", "stap", "tijd", "rijen/s");
            regel(uit, "genereren (uitwisselformaat v1 schrijven)", genereren, rijen);
            regel(uit, "inlezen: parse, valideer, opslaan, signalen (alles)", inlezen, rijen);
            regel(uit, "herdetectie uit database: lezen, detecteren, opslaan", herdetectie, rijen);
            double kern = m.besteNanos() / 1e9;
            regel(uit, "detectiekern in geheugen, alle signaalsoorten (beste)", kern, m.rijen());
            regel(uit, "detectiekern in geheugen (mediaan)", m.mediaanNanos() / 1e9, m.rijen());
            uit.printf(Locale.ROOT, "heap in gebruik na laden: %,d MB; gegenereerd: %s%n", m.heapBytes() >> 20, gegenereerd);
            uit.flush();
            return Opdrachtregel.GELUKT;
        } finally {
            try (var paden = Files.walk(map)) {
                paden.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double seconden(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void regel(PrintWriter uit, String stap, double seconden, long rijen) {
        uit.printf(Locale.ROOT, "%-58s %9.3fs %,14.0f%n", stap, seconden, rijen / Math.max(seconden, 1e-9));
    }
}
