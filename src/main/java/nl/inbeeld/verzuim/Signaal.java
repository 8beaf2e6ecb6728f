package nl.inbeeld.verzuim;

import java.time.LocalDate;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;

/**
 * A signal (spec §4–§5): a fact about the administration of one pupil at one school that arose on
 * {@code einddatum}. {@code minuten} and {@code aantal} are null where they do not apply; {@code meldenAan} is
 * the pupil's municipality of residence on {@code einddatum}, null for signals meant for the school.
 */
public record Signaal(Signaalsoort soort, LeerlingId leerling, SchoolId school, LocalDate begindatum,
        LocalDate einddatum, Integer minuten, Integer aantal, Gemeentecode meldenAan, boolean verplicht) {}
