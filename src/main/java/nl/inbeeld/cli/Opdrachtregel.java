package nl.inbeeld.cli;

import java.util.Arrays;
import java.util.Set;
import nl.inbeeld.demo.Demoregio;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line ({@code ./inbeeld …}, spec §6): an adapter over the same application services as the web.
 * Exit status 0: done; 1: rows rejected; 2: usage or system error.
 */
@Command(name = "inbeeld", mixinStandardHelpOptions = true,
        description = "InBeeld: de verzuimketen van de Leerplichtwet.",
        footer = {"", "De webapplicatie: ./inbeeld start [--demo] [--data-dir DIR] [--db-url URL]  (http://localhost:8080)"},
        subcommands = {InlezenOpdracht.class, SignalenOpdracht.class, DemoOpdracht.class, GenereerOpdracht.class,
                BenchOpdracht.class})
public final class Opdrachtregel {

    static final int GELUKT = 0;
    static final int AFGEKEURD = 1;
    static final int FOUT = 2;

    private static final Set<String> WEB = Set.of("start", "server");

    private Opdrachtregel() {}

    /** Whether these arguments name a command rather than starting the web application. */
    public static boolean isOpdracht(String[] args) {
        return args.length > 0 && !args[0].startsWith("-") && !WEB.contains(args[0])
                || args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"));
    }

    /**
     * Arguments for the web application: without a leading {@code start}; {@code --demo} loads the demo region when
     * the database is empty and sets the clock to the demo day; {@code --data-dir} and {@code --db-url} as for the
     * commands.
     */
    public static String[] zonderStart(String[] args) {
        var uit = new java.util.ArrayList<String>();
        for (int i = WEB.contains(args.length > 0 ? args[0] : "") ? 1 : 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--demo")) {
                uit.add("--inbeeld.demo=true");
                uit.add("--spring.profiles.active=demo");
                uit.add("--inbeeld.klok.vandaag=" + Demoregio.VANDAAG);
            } else if ((a.equals("--data-dir") || a.equals("--db-url")) && i + 1 < args.length) {
                uit.add("--" + (a.equals("--data-dir") ? "inbeeld.data-dir" : "inbeeld.db.url") + "=" + args[++i]);
            } else if (a.startsWith("--data-dir=")) {
                uit.add("--inbeeld.data-dir=" + a.substring("--data-dir=".length()));
            } else if (a.startsWith("--db-url=")) {
                uit.add("--inbeeld.db.url=" + a.substring("--db-url=".length()));
            } else {
                uit.add(a);
            }
        }
        return uit.toArray(String[]::new);
    }

    /** Runs the command in {@code args} on the Spring Boot application {@code toepassing}; returns the exit status. */
    public static int uitvoeren(Class<?> toepassing, String[] args) {
        Toepassing.klasse = toepassing;
        var cli = new CommandLine(Opdrachtregel.class);
        cli.setExitCodeExceptionMapper(e -> FOUT);
        cli.setParameterExceptionHandler((e, a) -> {
            cli.getErr().println(e.getMessage());
            e.getCommandLine().usage(cli.getErr());
            return FOUT;
        });
        cli.setExecutionExceptionHandler((e, c, p) -> {
            c.getErr().println("Fout: " + e.getMessage());
            return FOUT;
        });
        return cli.execute(args);
    }
}
