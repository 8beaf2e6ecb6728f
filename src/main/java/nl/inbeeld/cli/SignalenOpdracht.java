package nl.inbeeld.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.inbeeld.verzuim.SignaalJson;
import nl.inbeeld.verzuim.Signalen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./inbeeld signalen --peildatum D}: every signal with einddatum ≤ D as one JSON array (spec §5). */
@Command(name = "signalen", description = "Alle signalen met einddatum op of voor de peildatum, als JSON-array.")
final class SignalenOpdracht implements Callable<Integer> {

    @Mixin
    Opslagopties opslag;

    @Option(names = "--peildatum", required = true, paramLabel = "yyyy-MM-dd", description = "De peildatum.")
    LocalDate peildatum;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (var context = Toepassing.start(opslag)) {
            var signalen = context.getBean(Signalen.class).tot(peildatum, null, null).stream()
                    .map(SignaalJson::van).toList();
            PrintWriter uit = spec.commandLine().getOut();
            uit.println(context.getBean(JsonMapper.class).writeValueAsString(signalen));
            uit.flush();
            return Opdrachtregel.GELUKT;
        }
    }
}
