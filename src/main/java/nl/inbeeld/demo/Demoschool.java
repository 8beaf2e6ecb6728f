package nl.inbeeld.demo;

import java.util.List;
import nl.inbeeld.school.Kalenderperiode;
import nl.inbeeld.school.School;
import nl.inbeeld.school.Schoolkalender;
import nl.inbeeld.school.Sector;

/** A generated school with its calendar and its lesson days laid out for generation. */
record Demoschool(School school, Gemeente gemeente, List<Kalenderperiode> kalender, Schoolkalender schoolkalender,
        Lesdagen lesdagen) {

    static Demoschool van(School school, Gemeente gemeente, List<Kalenderperiode> kalender) {
        Schoolkalender k = new Schoolkalender(kalender);
        return new Demoschool(school, gemeente, kalender, k,
                Lesdagen.van(k, Vakantierooster.SCHOOLJAAR_BEGIN, Vakantierooster.SCHOOLJAAR_EINDE));
    }

    String id() {
        return school.id().waarde();
    }

    Sector sector() {
        return school.sector();
    }

    int lesminuten() {
        return school.lesminutenPerDag();
    }
}
