package nl.inbeeld.demo;

import java.time.LocalDate;
import nl.inbeeld.verzuim.Signaalsoort;

/** A signal a demo scenario is built to produce (spec §4); {@code aantal} only for TE_LAAT_HERHAALD, else 0. */
public record Verwachtsignaal(Signaalsoort soort, LocalDate begindatum, LocalDate einddatum, int aantal) {

    static Verwachtsignaal van(Signaalsoort soort, String begindatum, String einddatum) {
        return new Verwachtsignaal(soort, LocalDate.parse(begindatum), LocalDate.parse(einddatum), 0);
    }

    static Verwachtsignaal telaat(int aantal, String begindatum, String einddatum) {
        return new Verwachtsignaal(Signaalsoort.TE_LAAT_HERHAALD, LocalDate.parse(begindatum),
                LocalDate.parse(einddatum), aantal);
    }
}
