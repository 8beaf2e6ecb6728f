package nl.inbeeld.cli;

import java.util.concurrent.Callable;
import nl.inbeeld.demo.DemoLader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./inbeeld demo}: loads the demo region into the data directory (through the real import). */
@Command(name = "demo", description = "Laadt de demoregio in de datamap (via de gewone inleesroute).")
final class DemoOpdracht implements Callable<Integer> {

    @Mixin
    Opslagopties opslag;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (var context = Toepassing.start(opslag)) {
            var lader = context.getBean(DemoLader.class);
            if (lader.isGeladen()) {
                spec.commandLine().getErr().println("Deze database bevat al scholen; de demoregio is niet opnieuw geladen.");
                return Opdrachtregel.FOUT;
            }
            var resultaat = lader.laad();
            spec.commandLine().getOut().println("Demoregio geladen: " + resultaat);
            return resultaat.volledig() ? Opdrachtregel.GELUKT : Opdrachtregel.AFGEKEURD;
        }
    }
}
