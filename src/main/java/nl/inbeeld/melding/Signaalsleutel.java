package nl.inbeeld.melding;

import java.time.LocalDate;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.verzuim.Signaal;
import nl.inbeeld.verzuim.Signaalsoort;

/**
 * The natural key of a signal of one pupil: school, soort, einddatum. Signals are recomputed by delete and
 * insert, so a draft is linked to its signals by this key, not by a row id.
 */
record Signaalsleutel(SchoolId school, Signaalsoort soort, LocalDate einddatum) {

    static Signaalsleutel van(Signaal s) {
        return new Signaalsleutel(s.school(), s.soort(), s.einddatum());
    }
}
