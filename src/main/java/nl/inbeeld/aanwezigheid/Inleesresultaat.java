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
 * @param waarschuwingen findings about rows that were stored all the same (spec §7: an art. 5 exemption that
 *                    overlaps an enrolment), by file and line; they do not make the import incomplete
 */
public record Inleesresultaat(Long inlezing, Map<String, Integer> opgeslagen, List<Afkeuring> afkeuringen,
        boolean volledig, Path afgekeurd, Fasen fasen, List<Waarschuwing> waarschuwingen) {

    /** Without warnings. */
    public Inleesresultaat(Long inlezing, Map<String, Integer> opgeslagen, List<Afkeuring> afkeuringen,
            boolean volledig, Path afgekeurd, Fasen fasen) {
        this(inlezing, opgeslagen, afkeuringen, volledig, afgekeurd, fasen, List.of());
    }

    /**
     * How long the import took.
     *
     * @param opgeslagen  wall time from the start until every row was stored: parse, check and store, partly at the
     *                    same time
     * @param afleiden    the rest of the same transaction: what depends on the rows (signals and melding drafts)
     * @param lezen       the parsing of all files, summed; on threads of their own, in an atomic import while the
     *                    absence rows are already being stored
     * @param controleren the checks of all files, summed; on threads of their own too
     * @param opslaan     the storing of all rows
     */
    public record Fasen(Duration opgeslagen, Duration afleiden, Duration lezen, Duration controleren,
            Duration opslaan) {}

    public Inleesresultaat {
        opgeslagen = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(opgeslagen));
        afkeuringen = List.copyOf(afkeuringen);
        waarschuwingen = waarschuwingen == null ? List.of() : List.copyOf(waarschuwingen);
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
                + (afkeuringen.isEmpty() ? "" : "; afgekeurd: " + afkeuringen.size() + " rij(en)")
                + (waarschuwingen.isEmpty() ? "" : "; waarschuwingen: " + waarschuwingen.size());
    }
}
