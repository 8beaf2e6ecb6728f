package nl.inbeeld.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import nl.inbeeld.aanwezigheid.Inlezen;
import nl.inbeeld.demo.Generatieopdracht;
import nl.inbeeld.demo.Generator;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerplicht.Leerplichtinstellingen;
import nl.inbeeld.verzuim.Detectiebank;
import nl.inbeeld.verzuim.Signaaldetectie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./inbeeld bench}: generates a school year and, in one run on that data, measures and prints a table:
 * all-signal detection by the engine against VERZUIM_16_UUR as SQL in PostgreSQL and DuckDB (with a check that
 * they agree), the import end to end against a raw {@code COPY}, re-detection from the database, incremental
 * re-detection of one pupil, rows per second and heap. A measurement, not a test. Without {@code --data-dir} or
 * {@code --db-url} it uses a fresh temporary embedded PostgreSQL. Exit status 1 when the check fails.
 */
@Command(name = "bench", description = "Meet detectie, inlezen en SQL-basislijnen op gegenereerde gegevens.")
final class BenchOpdracht implements Callable<Integer> {

    @Mixin
    Opslagopties opslag;

    @Option(names = "--leerlingen", defaultValue = "20000", description = "Aantal leerlingen (standaard ${DEFAULT-VALUE}).")
    int leerlingen;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--herhalingen", defaultValue = "5", description = "Herhalingen per meting (beste telt).")
    int herhalingen;

    @Option(names = "--tot-en-met", defaultValue = "2026-07-10", description = "Laatste dag van de gegevens.")
    LocalDate totEnMet;

    @Option(names = "--zonder-inlezen", description = "Sla inlezen, herdetectie uit de database en incrementeel over.")
    boolean zonderInlezen;

    @Option(names = "--incrementeel", defaultValue = "1000", description = "Aantal metingen van incrementele herdetectie.")
    int incrementeel;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter uit = spec.commandLine().getOut();
        Path map = Files.createTempDirectory("inbeeld-bench");
        var tabel = new Benchtabel();
        try {
            long t = System.nanoTime();
            var gegenereerd = new Generator().schrijf(map, new Generatieopdracht(leerlingen, seed, totEnMet));
            tabel.kop("InBeeld bench: " + leerlingen + " leerlingen, seed " + seed + ", " + gegenereerd);
            tabel.regel("genereren (uitwisselformaat v1 schrijven)", seconden(t), 0, null);

            t = System.nanoTime();
            // the bench measures the documented defaults (as Detectieregels.STANDAARD): it loads before any context
            Detectiebank bank = Detectiebank.uitMap(map, Leerplichtinstellingen.standaard());
            double laden = seconden(t);
            long rijen = bank.rijen();
            tabel.regel("absenties.csv in geheugen laden (" + bank.groepen() + " leerling-schoolparen)", laden, rijen, null);
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long heap = rt.totalMemory() - rt.freeMemory();

            int kernen = rt.availableProcessors();
            var enkel = bank.meet(herhalingen, 1);
            var parallel = kernen > 1 ? bank.meet(herhalingen, kernen) : enkel;
            double motor = parallel.besteNanos() / 1e9, motor1 = enkel.besteNanos() / 1e9;
            var inbeeld16 = bank.eerste16Uur();

            Map<String, Object> extra = new HashMap<>();
            if (opslag.dataDir == null && opslag.dbUrl == null) extra.put("inbeeld.db.tijdelijk", "true");
            try (var context = Toepassing.start(opslag, extra)) {
                var jdbc = context.getBean(JdbcClient.class);
                DataSource ds = context.getBean(DataSource.class);
                Path lesdag = map.resolve("bench_lesdag.csv"), groep = map.resolve("bench_groep.csv");
                bank.schrijfSqlTabellen(lesdag, groep);
                double copy, copyAlles;
                long rijenAlles;
                Map<String, LocalDate> pg16;
                double pg;
                try (Connection c = ds.getConnection()) {
                    c.createStatement().execute(Sqlbasis.KOPIE_TABEL);
                    Sqlbasis.checkpoint(c);
                    t = System.nanoTime();
                    Sqlbasis.kopieer(c, map.resolve("absenties.csv"), "bench_kopie");
                    copy = seconden(t);
                    t = System.nanoTime();
                    rijenAlles = rijen + Sqlbasis.kopieerStam(c, map);
                    copyAlles = copy + seconden(t);
                    Sqlbasis.laadPostgres(c, lesdag, groep);
                    pg = Double.MAX_VALUE;
                    pg16 = null;
                    for (int h = 0; h < Math.max(1, Math.min(herhalingen, 3)); h++) {
                        t = System.nanoTime();
                        pg16 = Sqlbasis.voerUit(c, Sqlbasis.zestienUur("bench_kopie"));
                        pg = Math.min(pg, seconden(t));
                    }
                    Sqlbasis.ruimOp(c);
                }
                double duck = Double.NaN;
                Map<String, LocalDate> duck16 = null;
                String duckVersie = "niet op het classpath";
                try (Connection c = Sqlbasis.duckdb(map.resolve("absenties.csv"), lesdag, groep)) {
                    if (c != null) {
                        duckVersie = Sqlbasis.duckdbVersie(c);
                        duck = Double.MAX_VALUE;
                        for (int h = 0; h < Math.max(1, herhalingen); h++) {
                            t = System.nanoTime();
                            duck16 = Sqlbasis.voerUit(c, Sqlbasis.zestienUur("bench_kopie"));
                            duck = Math.min(duck, seconden(t));
                        }
                    }
                }

                tabel.tussenkop("Detectie over alle leerlingen (" + kernen + " kernen; beste van " + herhalingen + ")");
                tabel.regel("InBeeld, alle " + parallel.perSoort().size() + " voorkomende signaalsoorten, " + kernen
                        + " draden (" + parallel.signalen() + " signalen)", motor, rijen, null);
                tabel.regel("InBeeld, alle signaalsoorten, 1 draad", motor1, rijen, null);
                tabel.regel("VERZUIM_16_UUR als SQL in PostgreSQL (embedded)", pg, rijen,
                        "InBeeld " + Benchtabel.x(pg / motor) + " sneller (1 draad " + Benchtabel.x(pg / motor1) + ")");
                tabel.regel("VERZUIM_16_UUR als SQL in DuckDB " + duckVersie, duck, rijen, Double.isNaN(duck) ? null
                        : "InBeeld " + Benchtabel.x(duck / motor) + " sneller (1 draad " + Benchtabel.x(duck / motor1) + ")");
                tabel.tekst(String.format(Locale.ROOT, "rijen/s per kern, InBeeld 1 draad: %,.0f", rijen / motor1));
                String controle = Controle16Uur.vergelijk(inbeeld16, pg16, duck16);
                tabel.tekst(controle);
                tabel.tekst("signalen per soort: " + parallel.perSoort());

                tabel.tussenkop("Inlezen en opslaan");
                tabel.regel("ruwe PostgreSQL COPY van absenties.csv (tabel met primaire sleutel)", copy, rijen, null);
                tabel.regel("ruwe PostgreSQL COPY van alle zeven bestanden (" + rijenAlles + " rijen, elk een tabel met"
                        + " primaire sleutel)", copyAlles, rijenAlles, null);
                Incrementeel.Uitslag inc = null;
                if (!zonderInlezen) {
                    try (Connection c = ds.getConnection()) {
                        Sqlbasis.checkpoint(c);
                    }
                    t = System.nanoTime();
                    var resultaat = context.getBean(Inlezen.class).lees(map, false, "bench");
                    double inlezen = seconden(t);
                    if (!resultaat.volledig()) {
                        resultaat.afkeuringen().stream().limit(20).forEach(a -> spec.commandLine().getErr().println(a));
                        return Opdrachtregel.AFGEKEURD;
                    }
                    var fasen = resultaat.fasen();
                    double opslaan = fasen.opgeslagen().toNanos() / 1e9;
                    tabel.regel("inlezen: lezen, valideren, opslaan (alle " + resultaat.opgeslagenRijen() + " rijen)",
                            opslaan, resultaat.opgeslagenRijen(), "snelheid " + verhouding(copyAlles, opslaan)
                                    + "× die van COPY van alle bestanden (tegen COPY van alleen absenties.csv: "
                                    + verhouding(copy, opslaan) + "×)");
                    tabel.tekst(String.format(Locale.ROOT, "lezen %.2fs, valideren %.2fs, opslaan %.2fs (deels tegelijk: de"
                                    + " absentierijen gaan de database in terwijl ze worden gelezen en alle bestanden worden gecontroleerd)",
                            fasen.lezen().toNanos() / 1e9, fasen.controleren().toNanos() / 1e9, fasen.opslaan().toNanos() / 1e9));
                    tabel.regel("  daarna in dezelfde transactie: alle signalen en meldingconcepten", fasen.afleiden().toNanos() / 1e9,
                            resultaat.opgeslagenRijen(), null);
                    tabel.regel("inlezen eind tot eind (met signalen, concepten en commit)", inlezen, resultaat.opgeslagenRijen(),
                            "snelheid " + verhouding(copyAlles, inlezen)
                            + "× die van COPY van alle bestanden");
                    var ids = jdbc.sql("select leerling_id from leerling").query((rs, i) -> new LeerlingId(rs.getString(1))).list();
                    t = System.nanoTime();
                    context.getBean(Signaaldetectie.class).herbereken(ids);
                    tabel.regel("herdetectie alle leerlingen uit de database (lezen, detecteren, opslaan)", seconden(t), rijen, null);
                    inc = Incrementeel.meet(jdbc, context.getBean(TransactionTemplate.class),
                            context.getBean(Signaaldetectie.class), incrementeel);
                } else {
                    tabel.tekst("inlezen en herdetectie uit de database: niet gemeten (--zonder-inlezen)");
                }
                tabel.tussenkop("Overig");
                if (inc != null) {
                    tabel.tekst(String.format(Locale.ROOT,
                            "incrementele herdetectie, 1 leerling na 1 nieuwe absentierij (%d metingen, na %d opwarmrondes;"
                                    + " %d met een nieuw of uitgebreid meldingconcept): p50 %.0f µs, p99 %.0f µs, max %.0f µs",
                            inc.metingen(), inc.opwarmrondes(), inc.metConcept(), inc.p50Micros(), inc.p99Micros(),
                            inc.maxMicros()));
                }
                var alleenMotor = Incrementeel.uitslag(bank.meetPerGroep(Math.max(1, incrementeel)), 0, 0);
                tabel.tekst(String.format(Locale.ROOT, "ter vergelijking, alleen de detectiemotor: 1 leerling-schoolpaar"
                        + " in geheugen, zonder database (%d metingen): p50 %.1f µs, p99 %.1f µs, max %.1f µs",
                        alleenMotor.metingen(), alleenMotor.p50Micros(), alleenMotor.p99Micros(), alleenMotor.maxMicros()));
                tabel.tekst("leerplichttelling (art. 25) van een gemeente van 100.000 leerlingen: bestaat nog niet, niet gemeten");
                tabel.tekst(String.format(Locale.ROOT, "heap in gebruik na laden in geheugen (na gc): %,d MB; max heap %,d MB",
                        heap >> 20, rt.maxMemory() >> 20));
                tabel.print(uit);
                return controle.startsWith("CONTROLE OK") ? Opdrachtregel.GELUKT : Opdrachtregel.AFGEKEURD;
            }
        } finally {
            try (var paden = Files.walk(map)) {
                paden.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** How many times faster a run of {@code seconden} is than one of {@code basis}, for the same rows. */
    private static String verhouding(double basis, double seconden) {
        return String.format(Locale.ROOT, "%.2f", basis / seconden);
    }

    private static double seconden(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
