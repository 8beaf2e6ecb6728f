package nl.inbeeld.aanwezigheid;

import java.nio.file.Path;
import nl.inbeeld.aanwezigheid.inlezen.Inleesproces;
import org.springframework.stereotype.Service;

/**
 * Reads a folder in uitwisselformaat v1 (spec §1–§2) into the verzuimadministratie. Every row is validated
 * before anything is written; by default the import is atomic (one rejected row: nothing stored), with
 * {@code gedeeltelijk} the valid rows are stored and the rejected ones written to {@code afgekeurd.csv} in the
 * folder, beside {@code inleesrapport.txt}. Publishes {@link AbsentiesGewijzigd} in the storing transaction.
 */
@Service
public class Inlezen {

    private final Inleesproces proces;

    Inlezen(Inleesproces proces) {
        this.proces = proces;
    }

    /**
     * Imports the folder {@code map}; {@code door} names who imports (e.g. {@code cli:jan}).
     *
     * @throws IllegalArgumentException when the folder does not exist or holds none of the files of the format
     */
    public Inleesresultaat lees(Path map, boolean gedeeltelijk, String door) {
        return proces.lees(map, gedeeltelijk, door);
    }
}
