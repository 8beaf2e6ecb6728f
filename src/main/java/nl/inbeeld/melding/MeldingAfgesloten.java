package nl.inbeeld.melding;

import java.time.LocalDate;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;

/** Leerplicht closed a melding with an uitkomst and a terugkoppeling to the school. */
public record MeldingAfgesloten(long melding, Meldingsoort soort, LeerlingId leerling, SchoolId school,
        Gemeentecode meldenAan, Uitkomst uitkomst, LocalDate afgeslotenOp) {}
