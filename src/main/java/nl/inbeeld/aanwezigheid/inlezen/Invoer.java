package nl.inbeeld.aanwezigheid.inlezen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inbeeld.aanwezigheid.Absentie;
import nl.inbeeld.aanwezigheid.Afkeuring;
import nl.inbeeld.leerling.Inschrijving;
import nl.inbeeld.leerling.Leerling;
import nl.inbeeld.leerling.Verblijfperiode;
import nl.inbeeld.school.Kalenderperiode;
import nl.inbeeld.school.School;
import nl.inbeeld.school.SchoolId;

/** The valid rows of a folder, per file, and every rejection with the original record. */
public final class Invoer {

    /** A valid vrijstellingen.csv row. */
    public record Vrijstellingsrij(String leerling, String grond, LocalDate van, LocalDate totEnMet, LocalDate kennisgevingOp) {}

    /** A rejection with the original text of the record, for {@code afgekeurd.csv}. */
    public record Afgekeurd(Afkeuring afkeuring, String rij) {}

    public final List<School> scholen = new ArrayList<>();
    public final Map<SchoolId, List<Kalenderperiode>> kalender = new LinkedHashMap<>();
    public final List<Leerling> leerlingen = new ArrayList<>();
    public final List<Inschrijving> inschrijvingen = new ArrayList<>();
    public final List<Verblijfperiode> bevolking = new ArrayList<>();
    public final List<Vrijstellingsrij> vrijstellingen = new ArrayList<>();
    public final List<Absentie> absenties = new ArrayList<>();
    public final List<Afgekeurd> afgekeurd = new ArrayList<>();
    public final Map<String, Integer> gelezen = new LinkedHashMap<>();

    public List<Afkeuring> afkeuringen() {
        return afgekeurd.stream().map(Afgekeurd::afkeuring).toList();
    }
}
