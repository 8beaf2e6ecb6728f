package nl.inbeeld.aanwezigheid.inlezen;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inbeeld.leerling.Inschrijving;
import nl.inbeeld.school.School;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.school.Schoolkalender;

/**
 * What is already stored that rows of a folder may refer to: schools with their calendars, pupil ids,
 * enrolments, and the stored absence minutes per pupil, school, day and code (for the minutes-per-day check).
 */
public record Bestaand(Map<SchoolId, School> scholen, Map<SchoolId, Schoolkalender> kalenders, Set<String> leerlingen,
        List<Inschrijving> inschrijvingen, Map<String, Integer> absentieMinuten) {

    /** Key of stored absence minutes: leerling, school, day and code. */
    public static String sleutel(String leerling, String school, LocalDate datum, String code) {
        return leerling + '|' + school + '|' + datum + '|' + code;
    }
}
