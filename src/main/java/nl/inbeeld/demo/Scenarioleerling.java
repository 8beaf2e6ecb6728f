package nl.inbeeld.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.inbeeld.aanwezigheid.Absentiecode;
import nl.inbeeld.demo.Leerlingplan.Inschrijvingsplan;
import nl.inbeeld.demo.Leerlingplan.Vrijstellingsplan;
import nl.inbeeld.demo.Leerlingplan.Woonperiode;
import nl.inbeeld.school.Sector;
import nl.inbeeld.school.Vakantieregio;

/** A hand-made demo pupil: where it goes to school and lives, and its absences by date. */
final class Scenarioleerling {

    /** An absence on one day; {@code minuten} 0 = the whole day, {@code gemeldOp} null = not notified. */
    record Regel(LocalDate datum, Absentiecode code, int minuten, LocalDate gemeldOp) {}

    final String id;
    private final String beschrijving;
    private Sector sector = Sector.PO;
    private Vakantieregio regio = Vakantieregio.MIDDEN;
    private int n;
    private LocalDate geboren;
    private boolean elders, ingeschreven = true;
    private LocalDate verhuisd, startkwalificatie;
    private final List<Vrijstellingsplan> vrijstellingen = new ArrayList<>();
    private final List<Regel> regels = new ArrayList<>();
    private final List<Verwachtsignaal> verwacht = new ArrayList<>();

    Scenarioleerling(String id, String beschrijving) {
        this.id = id;
        this.beschrijving = beschrijving;
    }

    Scenarioleerling school(Sector sector, Vakantieregio regio, int n) {
        this.sector = sector;
        this.regio = regio;
        this.n = n;
        return this;
    }

    Scenarioleerling geboren(String datum) {
        geboren = LocalDate.parse(datum);
        return this;
    }

    Scenarioleerling woontElders() {
        elders = true;
        return this;
    }

    Scenarioleerling verhuisdNaarElders(String datum) {
        verhuisd = LocalDate.parse(datum);
        return this;
    }

    Scenarioleerling startkwalificatie(String datum) {
        startkwalificatie = LocalDate.parse(datum);
        return this;
    }

    Scenarioleerling nietIngeschreven() {
        ingeschreven = false;
        return this;
    }

    Scenarioleerling vrijstelling(String grond, String van, String totEnMet, String kennisgevingOp) {
        vrijstellingen.add(new Vrijstellingsplan(grond, LocalDate.parse(van), LocalDate.parse(totEnMet),
                LocalDate.parse(kennisgevingOp)));
        return this;
    }

    /** Absences with {@code code} of {@code minuten} (0 = whole day) on each date, not notified. */
    Scenarioleerling absent(Absentiecode code, int minuten, String... data) {
        for (String d : data) regels.add(new Regel(LocalDate.parse(d), code, minuten, null));
        return this;
    }

    /** Whole days with {@code code} on every lesson day from {@code van} to {@code totEnMet} (resolved on writing). */
    Scenarioleerling reeks(Absentiecode code, String van, String totEnMet, String gemeldOp) {
        LocalDate g = gemeldOp == null ? null : LocalDate.parse(gemeldOp);
        for (LocalDate d = LocalDate.parse(van); !d.isAfter(LocalDate.parse(totEnMet)); d = d.plusDays(1)) {
            regels.add(new Regel(d, code, -1, g)); // -1: only if it is a lesson day
        }
        return this;
    }

    /** A sickness report: whole days ZIEK on these lesson days, notified on {@code gemeldOp}. */
    Scenarioleerling ziek(String gemeldOp, String... data) {
        for (String d : data) regels.add(new Regel(LocalDate.parse(d), Absentiecode.ZIEK, 0, LocalDate.parse(gemeldOp)));
        return this;
    }

    Scenarioleerling verwacht(Verwachtsignaal signaal) {
        verwacht.add(signaal);
        return this;
    }

    Scenario scenario() {
        return new Scenario(id, beschrijving, List.copyOf(verwacht));
    }

    /** Writes the pupil and its absences up to {@code totEnMet}; a date that is no lesson day is a programming error. */
    void schrijf(Regio r, LocalDate totEnMet, Dagboek dagboek, Csvbestanden uit) {
        Demoschool school = r.school(sector, regio, n);
        Gemeente thuis = elders || verhuisd != null ? r.andere(school.gemeente()) : school.gemeente();
        List<Woonperiode> wonen = verhuisd == null || verhuisd.isAfter(totEnMet)
                ? List.of(new Woonperiode(verhuisd == null ? thuis : school.gemeente(), geboren, null))
                : List.of(new Woonperiode(school.gemeente(), geboren, verhuisd.minusDays(1)),
                        new Woonperiode(thuis, verhuisd, null));
        LocalDate van = school.schoolkalender().eersteLesdagVanaf(Vakantierooster.SCHOOLJAAR_BEGIN);
        List<Inschrijvingsplan> inschrijving = ingeschreven ? List.of(new Inschrijvingsplan(school, van, null)) : List.of();
        new Leerlingplan(id, geboren, wonen.getLast().gemeente(), startkwalificatie, inschrijving, wonen,
                List.copyOf(vrijstellingen)).schrijf(uit);
        if (!ingeschreven) return;
        dagboek.begin(school, van.toEpochDay(), totEnMet.toEpochDay());
        for (Regel regel : regels) {
            boolean lesdag = school.schoolkalender().isLesdag(regel.datum());
            if (regel.minuten() == -1 && !lesdag) continue;
            if (!lesdag) throw new IllegalStateException(id + ": " + regel.datum() + " is geen lesdag van " + school.id());
            long gemeld = regel.gemeldOp() == null ? Dagboek.ONGEMELD : regel.gemeldOp().toEpochDay();
            int minuten = regel.minuten() <= 0 ? school.lesminuten() : regel.minuten();
            dagboek.voegToe(dagboek.dagVan(regel.datum().toEpochDay()), regel.code(), minuten, gemeld);
        }
        dagboek.schrijf(uit, id);
    }
}
