package nl.inbeeld.melding;

import java.time.LocalDate;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;

/** The school sent a melding to the woongemeente (its leerplicht now sees it in the inbox). */
public record MeldingVerzonden(long melding, Meldingsoort soort, LeerlingId leerling, SchoolId school,
        Gemeentecode meldenAan, LocalDate verzondenOp, boolean teLaat) {}
