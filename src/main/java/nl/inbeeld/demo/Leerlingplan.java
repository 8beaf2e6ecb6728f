package nl.inbeeld.demo;

import java.time.LocalDate;
import java.util.List;

/** Everything about one generated pupil except the absences: the rows of leerlingen, inschrijvingen, bevolking and vrijstellingen. */
record Leerlingplan(String id, LocalDate geboortedatum, Gemeente woongemeente, LocalDate startkwalificatieOp,
        List<Inschrijvingsplan> inschrijvingen, List<Woonperiode> woonperioden, List<Vrijstellingsplan> vrijstellingen) {

    /** An enrolment; {@code totEnMet} null = still enrolled. */
    record Inschrijvingsplan(Demoschool school, LocalDate van, LocalDate totEnMet) {}

    /** A residence period from the population register; {@code totEnMet} null = still living there. */
    record Woonperiode(Gemeente gemeente, LocalDate van, LocalDate totEnMet) {}

    record Vrijstellingsplan(String grond, LocalDate van, LocalDate totEnMet, LocalDate kennisgevingOp) {}

    /** The day the class is taken from: the school year of every generated folder (2025-26). */
    private static final LocalDate PEILDATUM_KLAS = LocalDate.of(2025, 10, 1);

    void schrijf(Csvbestanden uit) {
        var gezin = Namenmaker.voor(id, geboortedatum,
                inschrijvingen.isEmpty() ? null : inschrijvingen.getFirst().school().sector(), woongemeente,
                PEILDATUM_KLAS);
        uit.leerling(id, geboortedatum, woongemeente, startkwalificatieOp, gezin.naam());
        for (Namenmaker.Ouder o : gezin.ouders()) uit.ouder(id, o);
        for (Inschrijvingsplan i : inschrijvingen) uit.inschrijving(id, i.school().id(), i.van(), i.totEnMet());
        for (Woonperiode w : woonperioden) uit.bevolking(id, geboortedatum, w.gemeente(), w.van(), w.totEnMet());
        for (Vrijstellingsplan v : vrijstellingen) uit.vrijstelling(id, v.grond(), v.van(), v.totEnMet(), v.kennisgevingOp());
    }
}
