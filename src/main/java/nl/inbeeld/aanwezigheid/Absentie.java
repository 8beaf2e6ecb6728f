package nl.inbeeld.aanwezigheid;

import java.time.LocalDate;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.school.SchoolId;

/**
 * One row of the verzuimadministratie: a pupil's absence at a school on a day with one code.
 * {@code aantal} is the number of late arrivals (TE_LAAT only, else 0); {@code gemeldOp} may be null.
 */
public record Absentie(LeerlingId leerling, SchoolId school, LocalDate datum, Absentiecode code, int minuten,
        int aantal, LocalDate gemeldOp) {}
