package nl.inbeeld.school;

import java.time.LocalDate;

/** Days without lessons at a school, both ends inclusive. */
public record Kalenderperiode(LocalDate van, LocalDate totEnMet, Kalendersoort soort, String omschrijving) {
    public Kalenderperiode {
        if (totEnMet.isBefore(van)) throw new IllegalArgumentException("tot_en_met voor van: " + van + " " + totEnMet);
    }

    public boolean bevat(LocalDate dag) {
        return !dag.isBefore(van) && !dag.isAfter(totEnMet);
    }
}
