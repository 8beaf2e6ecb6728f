package nl.inbeeld.demo;

import static nl.inbeeld.school.Kalendersoort.VAKANTIE;
import static nl.inbeeld.school.Kalendersoort.VRIJE_DAG;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.inbeeld.school.Kalenderperiode;
import nl.inbeeld.school.Vakantieregio;

/**
 * The school calendar 2025-26 per holiday region, after {@code shared/domain/schoolvakanties.md}. Periods start
 * and end on the weekend days the source gives.
 *
 * <p>Choices where the source says UNCONFIRMED:
 * <ul>
 *   <li>Zomervakantie 2025 ZUID: 2025-07-05 – 2025-08-17 (six weeks ending the Sunday before Monday
 *       2025-08-18, the first lesson day of ZUID).</li>
 *   <li>Zomervakantie 2026 NOORD and MIDDEN: 2026-07-18 – 2026-08-30, the later of the two dates the sources
 *       give; the summer holidays of the regions are staggered, and ZUID's confirmed 2026-07-11 is the other.</li>
 * </ul>
 * Public holidays as VRIJE_DAG: Goede Vrijdag, 2e Paasdag, Hemelvaart with the Friday after, 2e Pinksterdag
 * (Koningsdag and Bevrijdingsdag fall in the meivakantie). A school may have one extra studiedag.
 */
final class Vakantierooster {

    /** The school year 2025-26 (1 August – 31 July). */
    static final LocalDate SCHOOLJAAR_BEGIN = LocalDate.of(2025, 8, 1);
    static final LocalDate SCHOOLJAAR_EINDE = LocalDate.of(2026, 7, 31);

    /** Studiedagen a school may have: weekdays inside the terms of every region, clear of the demo scenarios. */
    static final List<LocalDate> STUDIEDAGEN = List.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 12),
            LocalDate.of(2026, 3, 25), LocalDate.of(2026, 6, 12));

    private Vakantierooster() {}

    /** The calendar periods of a school in {@code regio}; {@code studiedag} may be null. */
    static List<Kalenderperiode> perioden(Vakantieregio regio, LocalDate studiedag) {
        List<Kalenderperiode> p = new ArrayList<>();
        boolean zuid = regio == Vakantieregio.ZUID;
        p.add(vakantie(zuid ? "2025-07-05" : "2025-07-12", zuid ? "2025-08-17" : "2025-08-24", "Zomervakantie 2025"));
        p.add(vakantie(zuid ? "2025-10-11" : "2025-10-18", zuid ? "2025-10-19" : "2025-10-26", "Herfstvakantie"));
        p.add(vakantie("2025-12-20", "2026-01-04", "Kerstvakantie"));
        boolean noord = regio == Vakantieregio.NOORD;
        p.add(vakantie(noord ? "2026-02-21" : "2026-02-14", noord ? "2026-03-01" : "2026-02-22",
                zuid ? "Voorjaarsvakantie (carnaval)" : "Voorjaarsvakantie"));
        p.add(vrij("2026-04-03", "2026-04-03", "Goede Vrijdag"));
        p.add(vrij("2026-04-06", "2026-04-06", "Tweede Paasdag"));
        p.add(vakantie("2026-04-18", "2026-05-03", "Meivakantie"));
        p.add(vrij("2026-05-14", "2026-05-15", "Hemelvaartsdag en vrijdag erna"));
        p.add(vrij("2026-05-25", "2026-05-25", "Tweede Pinksterdag"));
        p.add(vakantie(zuid ? "2026-07-11" : "2026-07-18", zuid ? "2026-08-23" : "2026-08-30", "Zomervakantie 2026"));
        if (studiedag != null) p.add(new Kalenderperiode(studiedag, studiedag, VRIJE_DAG, "Studiedag"));
        p.sort((a, b) -> a.van().compareTo(b.van()));
        return List.copyOf(p);
    }

    private static Kalenderperiode vakantie(String van, String totEnMet, String omschrijving) {
        return new Kalenderperiode(LocalDate.parse(van), LocalDate.parse(totEnMet), VAKANTIE, omschrijving);
    }

    private static Kalenderperiode vrij(String van, String totEnMet, String omschrijving) {
        return new Kalenderperiode(LocalDate.parse(van), LocalDate.parse(totEnMet), VRIJE_DAG, omschrijving);
    }
}
