package nl.inbeeld.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.inbeeld.demo.Leerlingplan.Inschrijvingsplan;
import nl.inbeeld.demo.Leerlingplan.Vrijstellingsplan;
import nl.inbeeld.demo.Leerlingplan.Woonperiode;
import nl.inbeeld.school.Sector;

/**
 * Draws one random pupil: sector and school, a date of birth fitting the sector, where the pupil lives, the
 * enrolments (a few arrive late, change school or leave mid-year; four-year-olds start on their birthday), the
 * residence periods (a few move mid-year) and, for a few pupils who are not enrolled, an exemption.
 */
final class Leerlingmaker {

    private static final LocalDate PEILDATUM_LEEFTIJD = LocalDate.of(2025, 10, 1);
    private static final LocalDate OKTOBER = LocalDate.of(2025, 10, 1);
    private static final LocalDate SEPTEMBER = LocalDate.of(2025, 9, 1);

    private final Regio regio;
    private final LocalDate totEnMet;
    private final Map<Sector, List<Demoschool>> perSector = new EnumMap<>(Sector.class);

    Leerlingmaker(Regio regio, LocalDate totEnMet) {
        this.regio = regio;
        this.totEnMet = totEnMet;
        for (Sector s : Sectorverdeling.SECTOREN) perSector.put(s, regio.scholen(s));
    }

    Leerlingplan maak(String id, Sector sector, SplittableRandom r) {
        List<Demoschool> scholen = perSector.get(sector);
        Demoschool school = scholen.get(r.nextInt(scholen.size()));
        LocalDate geboren = geboortedatum(sector, r);
        if (sector == Sector.PO && school.schoolkalender().eersteLesdagVanaf(geboren.plusYears(4)).isAfter(totEnMet)) {
            geboren = geboren.minusYears(1); // would start school only after the generation day
        }
        double thuis = sector == Sector.MBO ? 0.5 : sector == Sector.SBO ? 0.6 : 0.8;
        Gemeente woont = r.nextDouble() < thuis ? school.gemeente() : buur(school.gemeente(), r);

        List<Inschrijvingsplan> inschrijvingen = new ArrayList<>(2);
        LocalDate van = school.schoolkalender().eersteLesdagVanaf(Vakantierooster.SCHOOLJAAR_BEGIN);
        LocalDate vierJaar = geboren.plusYears(4);
        boolean laat = false;
        if (sector == Sector.PO && vierJaar.isAfter(van)) {
            van = school.schoolkalender().eersteLesdagVanaf(vierJaar);
            laat = true;
        } else if (r.nextDouble() < 0.03) {
            LocalDate aankomst = dagTussen(SEPTEMBER, totEnMet, r);
            if (aankomst != null && !school.schoolkalender().eersteLesdagVanaf(aankomst).isAfter(totEnMet)) {
                van = school.schoolkalender().eersteLesdagVanaf(aankomst);
                laat = true;
            }
        }
        double w = r.nextDouble();
        LocalDate wissel = w < 0.025 && !laat && scholen.size() > 1
                ? dagTussen(OKTOBER, totEnMet.minusDays(14), r) : null;
        Demoschool nieuw = wissel == null ? null
                : scholen.get((scholen.indexOf(school) + 1 + r.nextInt(scholen.size() - 1)) % scholen.size());
        LocalDate start = wissel == null ? null
                : nieuw.schoolkalender().eersteLesdagVanaf(wissel.with(DayOfWeek.MONDAY));
        LocalDate vertrokken = w > 0.993 ? dagTussen(OKTOBER, totEnMet.minusDays(1), r) : null;
        if (start != null && !start.isAfter(totEnMet)) {
            inschrijvingen.add(new Inschrijvingsplan(school, van, wissel.with(DayOfWeek.MONDAY).minusDays(1)));
            inschrijvingen.add(new Inschrijvingsplan(nieuw, start, null));
            vertrokken = null;
        } else if (vertrokken != null && vertrokken.isAfter(van)) {
            inschrijvingen.add(new Inschrijvingsplan(school, van, vertrokken));
        } else {
            vertrokken = null;
            inschrijvingen.add(new Inschrijvingsplan(school, van, null));
        }

        LocalDate startkwalificatie = null;
        if (sector == Sector.MBO && !geboren.plusYears(18).isAfter(PEILDATUM_LEEFTIJD) && r.nextDouble() < 0.25) {
            startkwalificatie = LocalDate.of(2025, 6, 20).plusDays(r.nextInt(21));
        } else if (sector == Sector.MBO && r.nextDouble() < 0.03) {
            startkwalificatie = dagTussen(LocalDate.of(2026, 1, 15), totEnMet, r);
        }
        List<Woonperiode> woonperioden = woonperioden(geboren, woont, vertrokken, r);
        Gemeente woongemeente = woonperioden.isEmpty() ? woont : woonperioden.getLast().gemeente();
        return new Leerlingplan(id, geboren, woongemeente, startkwalificatie, List.copyOf(inschrijvingen),
                woonperioden, List.of());
    }

    /** A child of compulsory-school age who is not enrolled because of an exemption (art. 5 a, b or c). */
    Leerlingplan vrijgesteld(String id, SplittableRandom r) {
        LocalDate geboren = PEILDATUM_LEEFTIJD.minusYears(5 + r.nextInt(11)).minusDays(r.nextInt(365));
        Gemeente woont = regio.gemeenten().get(r.nextInt(regio.gemeenten().size()));
        double u = r.nextDouble();
        String grond = u < 0.6 ? "5A" : u < 0.7 ? "5B" : "5C";
        LocalDate kennisgeving = LocalDate.of(2025, 5, 1).plusDays(r.nextInt(60));
        var vrijstelling = new Vrijstellingsplan(grond, Vakantierooster.SCHOOLJAAR_BEGIN,
                Vakantierooster.SCHOOLJAAR_EINDE, kennisgeving);
        return new Leerlingplan(id, geboren, woont, null, List.of(), woonperioden(geboren, woont, null, r),
                List.of(vrijstelling));
    }

    private List<Woonperiode> woonperioden(LocalDate geboren, Gemeente woont, LocalDate vertrokken, SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.015) return List.of(); // not in the register extract
        LocalDate sinds = r.nextDouble() < 0.6 ? geboren
                : dagTussen(geboren, Vakantierooster.SCHOOLJAAR_BEGIN.minusDays(1), r);
        LocalDate verhuisd = u < 0.045 ? dagTussen(SEPTEMBER, totEnMet, r) : null;
        if (verhuisd != null && vertrokken == null) {
            Gemeente eerder = buur(woont, r);
            return List.of(new Woonperiode(eerder, sinds, verhuisd.minusDays(1)), new Woonperiode(woont, verhuisd, null));
        }
        return List.of(new Woonperiode(woont, sinds, vertrokken));
    }

    /** A random date of birth giving an age on 1 October 2025 that fits the sector. */
    private static LocalDate geboortedatum(Sector sector, SplittableRandom r) {
        int min = Sectorverdeling.minimumLeeftijd(sector), max = Sectorverdeling.maximumLeeftijd(sector);
        int leeftijd = min + r.nextInt(max - min + 1);
        return PEILDATUM_LEEFTIJD.minusYears(leeftijd).minusDays(r.nextInt(365));
    }

    /** A municipality other than {@code g}, near it in the list. */
    private Gemeente buur(Gemeente g, SplittableRandom r) {
        List<Gemeente> alle = regio.gemeenten();
        int i = alle.indexOf(g), stap = 1 + r.nextInt(Math.min(2, alle.size() - 1));
        return alle.get(Math.floorMod(i + (r.nextBoolean() ? stap : -stap), alle.size()));
    }

    /** A uniform day in [van, totEnMet], or null when the range is empty. */
    private static LocalDate dagTussen(LocalDate van, LocalDate totEnMet, SplittableRandom r) {
        long dagen = totEnMet.toEpochDay() - van.toEpochDay();
        return dagen < 0 ? null : van.plusDays(r.nextLong(dagen + 1));
    }
}
