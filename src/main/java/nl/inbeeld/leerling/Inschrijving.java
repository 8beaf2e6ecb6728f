package nl.inbeeld.leerling;

import java.time.LocalDate;
import nl.inbeeld.school.SchoolId;

/** An enrolment of a pupil at a school, both ends inclusive; {@code totEnMet} null = still enrolled. */
public record Inschrijving(LeerlingId leerling, SchoolId school, LocalDate van, LocalDate totEnMet) {
    public boolean omvat(LocalDate dag) {
        return !dag.isBefore(van) && (totEnMet == null || !dag.isAfter(totEnMet));
    }
}
