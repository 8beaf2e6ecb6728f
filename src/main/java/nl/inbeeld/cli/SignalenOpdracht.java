package nl.inbeeld.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "signalen", description = "Alle signalen met einddatum op of voor de peildatum, als JSON.")
final class SignalenOpdracht implements Callable<Integer> {

    @Mixin
    Opslagopties opslag;

    @Option(names = "--peildatum", required = true, paramLabel = "yyyy-MM-dd")
    LocalDate peildatum;

    @Override
    public Integer call() {
        return Opdrachtregel.FOUT; // filled in with the verzuim module
    }
}
