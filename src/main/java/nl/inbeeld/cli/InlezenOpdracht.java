package nl.inbeeld.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.inbeeld.aanwezigheid.Inlezen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./inbeeld inlezen [--gedeeltelijk] MAP}: exit 0 all stored, 1 rows rejected, 2 usage or system error. */
@Command(name = "inlezen", description = "Leest een map in uitwisselformaat v1 in.")
final class InlezenOpdracht implements Callable<Integer> {

    @Mixin
    Opslagopties opslag;

    @Option(names = "--gedeeltelijk", description = "Sla de goede rijen op; afgekeurde rijen gaan naar afgekeurd.csv.")
    boolean gedeeltelijk;

    @Parameters(paramLabel = "MAP", description = "De map met scholen.csv, kalender.csv, leerlingen.csv, …")
    Path map;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var fout = spec.commandLine().getErr();
        if (!Files.isDirectory(map)) {
            fout.println("Fout: map " + map + " bestaat niet.");
            return Opdrachtregel.FOUT;
        }
        try (var context = Toepassing.start(opslag)) {
            var resultaat = context.getBean(Inlezen.class).lees(map, gedeeltelijk, "cli:" + System.getProperty("user.name"));
            resultaat.afkeuringen().forEach(fout::println);
            var uit = spec.commandLine().getOut();
            if (resultaat.allesOpgeslagen()) {
                uit.println("Ingelezen: " + resultaat);
            } else if (gedeeltelijk) {
                uit.println("Gedeeltelijk ingelezen: " + resultaat + "; afgekeurde rijen in " + resultaat.afgekeurdBestand());
            } else {
                uit.println("Niets opgeslagen: " + resultaat.afkeuringen().size() + " rij(en) afgekeurd.");
            }
            uit.flush();
            fout.flush();
            return resultaat.allesOpgeslagen() ? Opdrachtregel.GELUKT : Opdrachtregel.AFGEKEURD;
        } catch (IllegalArgumentException e) {
            fout.println("Fout: " + e.getMessage());
            return Opdrachtregel.FOUT;
        }
    }
}
