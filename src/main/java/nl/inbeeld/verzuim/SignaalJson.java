package nl.inbeeld.verzuim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A signal as spec §5 writes it, for the CLI and the REST API alike. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"soort", "leerling_id", "school_id", "begindatum", "einddatum", "minuten", "aantal",
        "melden_aan", "verplicht"})
public record SignaalJson(
        String soort,
        @JsonProperty("leerling_id") String leerlingId,
        @JsonProperty("school_id") String schoolId,
        String begindatum,
        String einddatum,
        Integer minuten,
        Integer aantal,
        @JsonProperty("melden_aan") String meldenAan,
        boolean verplicht) {

    public static SignaalJson van(Signaal s) {
        return new SignaalJson(s.soort().name(), s.leerling().waarde(), s.school().waarde(),
                s.begindatum().toString(), s.einddatum().toString(), s.minuten(), s.aantal(),
                s.meldenAan() == null ? null : s.meldenAan().waarde(), s.verplicht());
    }
}
