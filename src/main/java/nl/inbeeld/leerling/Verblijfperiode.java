package nl.inbeeld.leerling;

import java.time.LocalDate;
import nl.inbeeld.school.Gemeentecode;

/** A period of residence in a municipality from the population register (BRP), both ends inclusive. */
public record Verblijfperiode(LeerlingId persoon, LocalDate geboortedatum, Gemeentecode gemeente, LocalDate van,
        LocalDate totEnMet) {
    public boolean omvat(LocalDate dag) {
        return !dag.isBefore(van) && (totEnMet == null || !dag.isAfter(totEnMet));
    }
}
