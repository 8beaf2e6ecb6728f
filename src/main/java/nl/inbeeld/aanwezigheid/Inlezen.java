package nl.inbeeld.aanwezigheid;

import java.nio.file.Path;
import nl.inbeeld.aanwezigheid.inlezen.Inleesproces;
import nl.inbeeld.toegang.Gebruiker;
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
    private final Inleesmetingen metingen;

    Inlezen(Inleesproces proces, Inleesmetingen metingen) {
        this.proces = proces;
        this.metingen = metingen;
    }

    /**
     * Imports the folder {@code map} as the system, with full reach (the command line, the demo); {@code door} names
     * who imports (e.g. {@code cli:jan}).
     *
     * @throws IllegalArgumentException when the folder does not exist or holds none of the files of the format
     */
    public Inleesresultaat lees(Path map, boolean gedeeltelijk, String door) {
        return lees(map, gedeeltelijk, Gebruiker.systeem(door));
    }

    /**
     * Imports the folder {@code map} for {@code wie}. Without full reach (a school) only rows of the user's schools
     * and of pupils enrolled at one of them (stored, or in the folder's inschrijvingen.csv) are written; every other
     * row is rejected like an invalid one; bevolking.csv and vrijstellingen.csv come only from the gemeente. A change
     * of a pupil's core data, and an enrolment of a pupil enrolled at another school, go into the pupil's audit history.
     *
     * @throws IllegalArgumentException when the folder does not exist or holds none of the files of the format
     */
    public Inleesresultaat lees(Path map, boolean gedeeltelijk, Gebruiker wie) {
        return metingen.meet(proces.lees(map, gedeeltelijk, wie));
    }
}
