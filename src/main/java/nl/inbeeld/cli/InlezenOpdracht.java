package nl.inbeeld.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "inlezen", description = "Leest een map in uitwisselformaat v1 in.")
final class InlezenOpdracht implements Callable<Integer> {

    @Mixin
    Opslagopties opslag;

    @Option(names = "--gedeeltelijk", description = "Sla de goede rijen op; afgekeurde rijen naar afgekeurd.csv.")
    boolean gedeeltelijk;

    @Parameters(paramLabel = "MAP")
    Path map;

    @Override
    public Integer call() {
        return Opdrachtregel.FOUT; // filled in with the import
    }
}
