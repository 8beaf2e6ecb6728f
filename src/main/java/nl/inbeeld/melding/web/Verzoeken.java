package nl.inbeeld.melding.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** The request bodies of the meldingen API. */
final class Verzoeken {

    private Verzoeken() {}

    /**
     * A new overig-verzuim melding: by hand (begindatum, einddatum, toelichting) or from a signal ({@code signaal}
     * = its soort, with its einddatum; begindatum is then the signal's).
     */
    record Overig(@JsonProperty("leerling_id") String leerlingId, @JsonProperty("school_id") String schoolId,
            String signaal, LocalDate begindatum, LocalDate einddatum, String toelichting) {}

    record Verzenden(@JsonProperty("wat_school_deed") String watSchoolDeed) {}

    record Afsluiten(String uitkomst, String terugkoppeling) {}

    record Intrekken(String reden) {}
}
