package nl.inbeeld.leerplicht;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * On which day a jongere born on 29 February reaches an age in a year without 29 February. The Leerplichtwet does
 * not say; this is an INTERPRETATION (rules.md §1, "ambiguities"), so it is a setting.
 * The chosen default is {@link #NAAR_1_MAART}: the age is reached when 28 February has fully passed.
 */
public enum Schrikkeldag {
    /** Default: in a non-leap year the birthday is 1 March. */
    NAAR_1_MAART,
    /** In a non-leap year the birthday is 28 February (what {@link LocalDate#plusYears} does). */
    NAAR_28_FEBRUARI;

    /** The day on which someone born on {@code geboortedatum} reaches {@code leeftijd}. */
    public LocalDate verjaardag(LocalDate geboortedatum, int leeftijd) {
        LocalDate dag = geboortedatum.plusYears(leeftijd);
        boolean geborenOp29Februari = geboortedatum.getMonth() == Month.FEBRUARY && geboortedatum.getDayOfMonth() == 29;
        if (this == NAAR_1_MAART && geborenOp29Februari && !Year.isLeap(dag.getYear())) {
            return dag.plusDays(1);
        }
        return dag;
    }
}
