package nl.inbeeld.aanwezigheid;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an import did: rows stored per file, every rejected row, and where the rejected rows were written
 * ({@code afgekeurd.csv}, partial imports only; else null). {@code inlezing} is 0 when nothing was stored.
 */
public record Inleesresultaat(long inlezing, Map<String, Integer> opgeslagen, List<Afkeuring> afkeuringen,
        Path afgekeurdBestand) {

    public boolean allesOpgeslagen() {
        return afkeuringen.isEmpty();
    }

    @Override
    public String toString() {
        String rijen = opgeslagen.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return (rijen.isEmpty() ? "niets opgeslagen" : "opgeslagen: " + rijen)
                + (afkeuringen.isEmpty() ? "" : "; afgekeurd: " + afkeuringen.size() + " rij(en)");
    }
}
