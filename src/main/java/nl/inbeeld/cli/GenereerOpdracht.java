package nl.inbeeld.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.inbeeld.demo.Demoregio;
import nl.inbeeld.demo.Generatieopdracht;
import nl.inbeeld.demo.Generatieresultaat;
import nl.inbeeld.demo.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Writes a generated school region in uitwisselformaat v1 into a folder; needs no database. */
@Command(name = "genereer", description = "Schrijft een gegenereerde schoolregio in uitwisselformaat v1 naar een map.")
final class GenereerOpdracht implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--leerlingen", paramLabel = "N",
            description = "Aantal willekeurige leerlingen (standaard ${DEFAULT-VALUE}: de demoregio).")
    int leerlingen = Demoregio.LEERLINGEN;

    @Option(names = "--seed", paramLabel = "S", description = "Startwaarde van het toeval (standaard ${DEFAULT-VALUE}).")
    long seed = Demoregio.SEED;

    @Option(names = "--map", required = true, paramLabel = "DIR", description = "Map waarin de CSV-bestanden komen.")
    Path map;

    @Option(names = "--tot-en-met", paramLabel = "yyyy-MM-dd",
            description = "Absenties tot en met deze dag (standaard ${DEFAULT-VALUE}, de demodag).")
    LocalDate totEnMet = Demoregio.VANDAAG;

    @Override
    public Integer call() {
        Generatieopdracht opdracht;
        try {
            opdracht = new Generatieopdracht(leerlingen, seed, totEnMet);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        long start = System.nanoTime();
        Generatieresultaat r = new Generator().schrijf(map, opdracht);
        double seconden = (System.nanoTime() - start) / 1e9;
        var out = spec.commandLine().getOut();
        out.printf("Geschreven naar %s in %.1f s:%n", map.toAbsolutePath(), seconden);
        out.printf("  scholen.csv         %,12d%n  kalender.csv        %,12d%n  leerlingen.csv      %,12d%n",
                r.scholen(), r.kalender(), r.leerlingen());
        out.printf("  inschrijvingen.csv  %,12d%n  absenties.csv       %,12d%n  bevolking.csv       %,12d%n",
                r.inschrijvingen(), r.absenties(), r.bevolking());
        out.printf("  vrijstellingen.csv  %,12d%n", r.vrijstellingen());
        out.printf("  ouders.csv          %,12d%n  totaal              %,12d rijen%n", r.ouders(), r.totaal());
        out.flush();
        return Opdrachtregel.GELUKT;
    }
}
