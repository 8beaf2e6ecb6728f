package nl.inbeeld.melding.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import nl.inbeeld.melding.Verzuimmelding;

/**
 * A melding as the REST API writes it: the DUO fields, status with its DUO code, deadline, te laat today, and for a
 * follow-up draft the day it may be sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MeldingJson(
        long id,
        String soort,
        @JsonProperty("duo_code") String duoCode,
        @JsonProperty("leerling_id") String leerlingId,
        @JsonProperty("school_id") String schoolId,
        @JsonProperty("melden_aan") String meldenAan,
        LocalDate begindatum,
        LocalDate einddatum,
        Integer minuten,
        @JsonProperty("bron_signaal") String bronSignaal,
        String toelichting,
        @JsonProperty("wat_school_deed") String watSchoolDeed,
        String status,
        LocalDate deadline,
        @JsonProperty("te_laat") boolean teLaat,
        @JsonProperty("aangemaakt_op") LocalDate aangemaaktOp,
        @JsonProperty("verzonden_op") LocalDate verzondenOp,
        @JsonProperty("verzonden_door") String verzondenDoor,
        @JsonProperty("in_behandeling_op") LocalDate inBehandelingOp,
        String behandelaar,
        @JsonProperty("afgesloten_op") LocalDate afgeslotenOp,
        String uitkomst,
        String terugkoppeling,
        @JsonProperty("vervallen_op") LocalDate vervallenOp,
        @JsonProperty("verzendbaar_vanaf") LocalDate verzendbaarVanaf,
        @JsonProperty("ingetrokken_op") LocalDate ingetrokkenOp,
        @JsonProperty("ingetrokken_door") String ingetrokkenDoor,
        String intrekreden) {

    static MeldingJson van(Verzuimmelding m, LocalDate vandaag) {
        return new MeldingJson(m.id(), m.soort().name(), m.soort().duoCode(), m.leerling().waarde(),
                m.school().waarde(), m.meldenAan().waarde(), m.begindatum(), m.einddatum(), m.minuten(),
                m.bron() == null ? null : m.bron().name(), m.toelichting(), m.watSchoolDeed(), m.status().name(),
                m.deadline(), m.teLaat(vandaag), m.aangemaaktOp(), m.verzondenOp(), m.verzondenDoor(),
                m.inBehandelingOp(), m.behandelaar(), m.afgeslotenOp(), m.uitkomst() == null ? null : m.uitkomst().name(),
                m.terugkoppeling(), m.vervallenOp(), m.verzendbaarVanaf(),
                m.intrekking() == null ? null : m.intrekking().op(), m.intrekking() == null ? null : m.intrekking().door(),
                m.intrekking() == null ? null : m.intrekking().reden());
    }
}
