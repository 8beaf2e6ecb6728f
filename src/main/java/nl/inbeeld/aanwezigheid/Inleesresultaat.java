package nl.inbeeld.aanwezigheid;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The outcome of an import.
 *
 * @param inlezing    the id of the row in table {@code inlezing}, or null when nothing was stored (atomic import
 *                    with rejected rows)
 * @param opgeslagen  per file name (e.g. {@code absenties.csv}) the number of rows stored, in spec order; rows that
 *                    equal the stored ones count as stored
 * @param afkeuringen every rejected row with its reason, by file and line
 * @param volledig    whether every row of the folder was stored
 * @param afgekeurd   the {@code afgekeurd.csv} written in the folder (partial import), or null
 * @param fasen       how long each step took
 */
public record Inleesresultaat(Long inlezing, Map<String, Integer> opgeslagen, List<Afkeuring> afkeuringen,
        boolean volledig, Path afgekeurd, Fasen fasen) {

    /**
     * The duration of each step: parse the files, check them against each other and the stored state, store the
     * rows, and derive (in the same transaction) what depends on them: signals and melding drafts.
     */
    public record Fasen(Duration lezen, Duration controleren, Duration opslaan, Duration afleiden) {

        public Duration totaal() {
            return lezen.plus(controleren).plus(opslaan).plus(afleiden);
        }
    }

    public Inleesresultaat {
        opgeslagen = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(opgeslagen));
        afkeuringen = List.copyOf(afkeuringen);
    }

    /** The total number of rows stored. */
    public int opgeslagenRijen() {
        return opgeslagen.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** In Dutch: rows stored per file, and how many were rejected. */
    @Override
    public String toString() {
        var rijen = new StringBuilder();
        opgeslagen.forEach((bestand, n) -> rijen.append(rijen.isEmpty() ? "" : ", ").append(bestand).append(' ').append(n));
        return (rijen.isEmpty() ? "niets opgeslagen" : "opgeslagen: " + rijen)
                + (afkeuringen.isEmpty() ? "" : "; afgekeurd: " + afkeuringen.size() + " rij(en)");
    }
}
