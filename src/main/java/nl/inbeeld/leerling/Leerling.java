package nl.inbeeld.leerling;

import java.time.LocalDate;
import nl.inbeeld.school.Gemeentecode;

/** A pupil: date of birth, municipality of residence, and the day a startkwalificatie was obtained (or null). */
public record Leerling(LeerlingId id, LocalDate geboortedatum, Gemeentecode woongemeente, LocalDate startkwalificatieOp) {}
