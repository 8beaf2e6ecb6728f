package nl.inbeeld.verzuim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.inbeeld.aanwezigheid.Absentie;
import nl.inbeeld.aanwezigheid.Absentiecode;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerplicht.Termijnenwet;
import nl.inbeeld.school.Kalenderperiode;
import nl.inbeeld.school.Kalendersoort;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.school.Schoolkalender;

/** Test support: the fixture calendar of rules.md §13 and a way to run the detector on absence rows. */
final class Detectie {

    static final LeerlingId LEERLING = new LeerlingId("L-0001");
    static final SchoolId SCHOOL = new SchoolId("12AB00");

    /** rules.md §13: lessons Mon–Fri from Mon 2025-08-25, autumn holiday = ISO week 43 (20–24 Oct 2025). */
    static final Schoolkalender FIXTUUR = new Schoolkalender(List.of(
            new Kalenderperiode(LocalDate.parse("2025-07-12"), LocalDate.parse("2025-08-24"), Kalendersoort.VAKANTIE, "zomervakantie"),
            new Kalenderperiode(LocalDate.parse("2025-10-18"), LocalDate.parse("2025-10-26"), Kalendersoort.VAKANTIE, "herfstvakantie")));

    private Detectie() {}

    static Absentie rij(String datum, Absentiecode code, int minuten) {
        return new Absentie(LEERLING, SCHOOL, LocalDate.parse(datum), code, minuten,
                code == Absentiecode.TE_LAAT ? 1 : 0, null);
    }

    static List<String> detecteer(Schoolkalender kalender, int lesminuten, Groepsgrenzen groep, List<Absentie> rijen) {
        return detecteer(kalender, lesminuten, groep, rijen, Detectieregels.STANDAARD, Termijnenwet.AAN);
    }

    static List<String> detecteer(Schoolkalender kalender, int lesminuten, Groepsgrenzen groep, List<Absentie> rijen,
            Detectieregels regels, Termijnenwet termijnenwet) {
        List<String> uit = new ArrayList<>();
        if (rijen.isEmpty()) return uit;
        var gesorteerd = rijen.stream().sorted(Comparator.comparing(Absentie::datum).thenComparing(Absentie::code)).toList();
        var dagen = new Absentiedagen();
        gesorteerd.forEach(dagen::voegToe);
        var index = kalender.index(gesorteerd.getFirst().datum().minusWeeks(8), gesorteerd.getLast().datum());
        new Detector(regels, termijnenwet).detecteer(dagen, 0, dagen.aantal, index, lesminuten, groep,
                (soort, begin, eind, minuten, aantal) -> uit.add(soort + " " + LocalDate.ofEpochDay(begin) + " "
                        + LocalDate.ofEpochDay(eind) + (minuten >= 0 ? " " + minuten : "")
                        + (aantal >= 0 ? " aantal=" + aantal : "")));
        return uit;
    }
}
