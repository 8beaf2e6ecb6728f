package nl.inbeeld.leerplicht;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the rules need to know of a jongere.
 *
 * @param geboortedatum             date of birth
 * @param startkwalificatieOp       the day a startkwalificatie was obtained (art. 1 onder f: MBO 2–4, HAVO or VWO
 *                                  diploma), or {@code null}
 * @param loopbaan                  the school-year count for art. 3 lid 1 onder a, or {@code null} when the history
 *                                  is unknown (then only the age rule applies)
 * @param vrijVanKwalificatieplicht art. 4a lid 2: a praktijkonderwijs diploma, a statement under WVO 2020 art. 2.59
 *                                  lid 2, or VSO in uitstroomprofiel arbeidsmarkt or dagbesteding
 */
public record Jongere(LocalDate geboortedatum, LocalDate startkwalificatieOp, Schoolloopbaan loopbaan,
                      boolean vrijVanKwalificatieplicht) {

    public Jongere {
        Objects.requireNonNull(geboortedatum, "geboortedatum");
    }

    /** A jongere of whom only the date of birth is known. */
    public static Jongere geboren(LocalDate geboortedatum) {
        return new Jongere(geboortedatum, null, null, false);
    }
}
