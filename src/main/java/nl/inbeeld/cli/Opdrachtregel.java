package nl.inbeeld.cli;

import java.util.Arrays;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line ({@code ./inbeeld …}, spec §6): an adapter over the same application services as the web.
 * Exit status 0: done; 1: rows rejected; 2: usage or system error.
 */
@Command(name = "inbeeld", mixinStandardHelpOptions = true,
        description = "InBeeld: de verzuimketen van de Leerplichtwet.",
        subcommands = {InlezenOpdracht.class, SignalenOpdracht.class, GenereerOpdracht.class})
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

    /** Arguments for the web application: without a leading {@code start}. */
    public static String[] zonderStart(String[] args) {
        return args.length > 0 && WEB.contains(args[0]) ? Arrays.copyOfRange(args, 1, args.length) : args;
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
