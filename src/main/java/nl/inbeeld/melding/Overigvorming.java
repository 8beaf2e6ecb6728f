package nl.inbeeld.melding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerling.Leerlingen;
import nl.inbeeld.leerling.Woongemeente;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.verzuim.Signaal;
import nl.inbeeld.verzuim.Signaalsoort;
import nl.inbeeld.verzuim.Signalen;
import org.springframework.stereotype.Component;

/**
 * Builds an overig-verzuim melding (rules.md 2.1, 2.3.8: optional, no legal deadline) from a signal of any soort
 * or by hand. The pupil must be enrolled at the school (some time), so a school cannot report another school's
 * pupil; melden_aan is the woongemeente on the einddatum, as for every melding.
 */
@Component
class Overigvorming {

    private final Leerlingen leerlingen;
    private final Signalen signalen;

    Overigvorming(Leerlingen leerlingen, Signalen signalen) {
        this.leerlingen = leerlingen;
        this.signalen = signalen;
    }

    /** The new draft (id 0, not stored), or the refusal. */
    Meldingbesluit doorHand(LeerlingId leerling, SchoolId school, LocalDate begindatum, LocalDate einddatum,
            String toelichting, LocalDate vandaag) {
        return woongemeente(leerling, school, einddatum)
                .<Meldingbesluit>map(gemeente -> new Meldingbesluit.Gelukt(concept(leerling, school, gemeente, begindatum,
                        einddatum, null, null, toelichting, vandaag)))
                .orElseGet(() -> nietIngeschreven(leerling, school));
    }

    Meldingbesluit uitSignaal(LeerlingId leerling, SchoolId school, Signaalsoort soort, LocalDate einddatum,
            String toelichting, LocalDate vandaag) {
        Optional<Signaal> signaal = signalen.van(leerling).stream()
                .filter(s -> s.school().equals(school) && s.soort() == soort && s.einddatum().equals(einddatum))
                .findFirst();
        if (signaal.isEmpty()) {
            return new Meldingbesluit.Geweigerd("Er is geen signaal " + soort.omschrijving() + " van leerling " + leerling
                    + " op school " + school + " met einddatum " + einddatum + ".", Meldingbesluit.Weigering.NIET_GEVONDEN);
        }
        Signaal s = signaal.get();
        String tekst = toelichting == null || toelichting.isBlank() ? "Signaal: " + soort.omschrijving() : toelichting;
        Optional<Gemeentecode> gemeente = s.meldenAan() != null ? Optional.of(s.meldenAan())
                : woongemeente(leerling, school, einddatum);
        return gemeente.<Meldingbesluit>map(g -> new Meldingbesluit.Gelukt(concept(leerling, school, g, s.begindatum(),
                einddatum, s.minuten(), soort, tekst, vandaag))).orElseGet(() -> nietIngeschreven(leerling, school));
    }

    private Optional<Gemeentecode> woongemeente(LeerlingId leerling, SchoolId school, LocalDate op) {
        boolean ingeschreven = leerlingen.inschrijvingen(List.of(leerling)).stream()
                .anyMatch(i -> i.school().equals(school));
        var persoon = leerlingen.zoek(List.of(leerling)).get(leerling);
        if (!ingeschreven || persoon == null) return Optional.empty();
        return Optional.of(Woongemeente.op(op, persoon, leerlingen.verblijf(List.of(leerling)).getOrDefault(leerling, List.of())));
    }

    private static Meldingbesluit nietIngeschreven(LeerlingId leerling, SchoolId school) {
        return new Meldingbesluit.Geweigerd("Leerling " + leerling + " staat niet ingeschreven op school " + school + ".",
                Meldingbesluit.Weigering.NIET_GEVONDEN);
    }

    private static Verzuimmelding concept(LeerlingId leerling, SchoolId school, Gemeentecode meldenAan,
            LocalDate begindatum, LocalDate einddatum, Integer minuten, Signaalsoort bron, String toelichting,
            LocalDate vandaag) {
        return new Verzuimmelding(0, Meldingsoort.OVERIG, leerling, school, meldenAan, begindatum, einddatum, minuten,
                einddatum, bron, toelichting.strip(), null, Meldingstatus.CONCEPT, null, vandaag, null, null, null, null,
                null, null, null, null, null);
    }
}
