package nl.inbeeld.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.inbeeld.aanwezigheid.Afkeuring;
import nl.inbeeld.aanwezigheid.Inleesresultaat;
import nl.inbeeld.aanwezigheid.Inlezen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./inbeeld inlezen [--data-dir DIR] [--gedeeltelijk] MAP} (spec §6): every rejected row on stderr, a short
 * summary on stdout. Exit 0: everything stored; 1: rows rejected (atomic: nothing stored; partial: the rest
 * stored); 2: usage or system error.
 */
@Command(name = "inlezen", description = "Leest een map in uitwisselformaat v1 in.")
final class InlezenOpdracht implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Opslagopties opslag;

    @Option(names = "--gedeeltelijk", description = "Sla de goede rijen op; afgekeurde rijen naar afgekeurd.csv.")
    boolean gedeeltelijk;

    @Parameters(paramLabel = "MAP")
    Path map;

    @Override
    public Integer call() {
        PrintWriter uit = spec.commandLine().getOut();
        PrintWriter fout = spec.commandLine().getErr();
        if (!Files.isDirectory(map)) {
            fout.println("Fout: map bestaat niet: " + map);
            return Opdrachtregel.FOUT;
        }
        try (var context = Toepassing.start(opslag)) {
            Inleesresultaat r = context.getBean(Inlezen.class).lees(map, gedeeltelijk,
                    "cli:" + System.getProperty("user.name", "onbekend"));
            for (Afkeuring a : r.afkeuringen()) fout.println(a.alsTekst());
            fout.flush();
            r.opgeslagen().forEach((bestand, n) -> uit.printf("%-20s %9d rijen opgeslagen%n", bestand, n));
            for (var w : r.waarschuwingen()) uit.println("Waarschuwing: " + w.alsTekst());
            if (r.volledig()) {
                uit.println("Alles opgeslagen (" + r.opgeslagenRijen() + " rijen, inlezing " + r.inlezing() + ").");
            } else if (gedeeltelijk) {
                uit.println(r.afkeuringen().size() + " afkeuringen; de goede rijen zijn opgeslagen, de afgekeurde staan in "
                        + r.afgekeurd() + ".");
            } else {
                uit.println(r.afkeuringen().size() + " afkeuringen; er is niets opgeslagen.");
            }
            uit.flush();
            return r.volledig() ? Opdrachtregel.GELUKT : Opdrachtregel.AFGEKEURD;
        } catch (IllegalArgumentException e) {
            fout.println("Fout: " + e.getMessage());
            return Opdrachtregel.FOUT;
        }
    }
}
