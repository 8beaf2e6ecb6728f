package nl.inbeeld.melding.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.melding.Meldingbesluit;
import nl.inbeeld.melding.Meldingen;
import nl.inbeeld.melding.Meldingfilter;
import nl.inbeeld.melding.Meldingstatus;
import nl.inbeeld.melding.Uitkomst;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.toegang.Gebruiker;
import nl.inbeeld.toegang.Gebruikers;
import nl.inbeeld.verzuim.Signaalsoort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/meldingen}: the meldingen of the logged-in user's Bereik and the steps of the melding flow.
 * Refusals are ProblemDetails in Dutch: 404 outside the Bereik or unknown, 403 a role that may not take the step,
 * 409 a status that does not allow it, 400 invalid input.
 */
@RestController
@RequestMapping("/api/v1/meldingen")
class MeldingenController {

    private final Meldingen meldingen;
    private final Gebruikers gebruikers;
    private final Clock clock;

    MeldingenController(Meldingen meldingen, Gebruikers gebruikers, Clock clock) {
        this.meldingen = meldingen;
        this.gebruikers = gebruikers;
        this.clock = clock;
    }

    /** The meldingen the user may see; {@code status} may repeat, {@code zoek} matches part of the leerling_id. */
    @GetMapping
    List<MeldingJson> lijst(@RequestParam(required = false) List<String> status,
            @RequestParam(required = false) String school, @RequestParam(required = false) String zoek,
            @RequestParam(name = "te_laat", defaultValue = "false") boolean teLaat) {
        Set<Meldingstatus> statussen = status == null ? Set.of() : status.stream()
                .flatMap(s -> Arrays.stream(s.split(","))).map(s -> Invoer.enumWaarde(Meldingstatus.class, s, "status"))
                .collect(Collectors.toSet());
        var filter = new Meldingfilter(statussen, school == null ? null : Invoer.school(school), Invoer.zoektekst(zoek), teLaat);
        LocalDate vandaag = LocalDate.now(clock);
        return meldingen.zoek(gebruiker(), filter).stream().map(m -> MeldingJson.van(m, vandaag)).toList();
    }

    /** Per school: meldingen not sent by their deadline (drafts included), within the user's Bereik. */
    @GetMapping("/te-laat-per-school")
    Map<String, Long> teLaatPerSchool() {
        Map<String, Long> perSchool = new TreeMap<>();
        meldingen.teLaatPerSchool(gebruiker()).forEach((s, n) -> perSchool.put(s.waarde(), n));
        return perSchool;
    }

    @GetMapping("/{id}")
    ResponseEntity<?> een(@PathVariable long id) {
        return meldingen.vind(gebruiker(), id)
                .<ResponseEntity<?>>map(m -> ResponseEntity.ok(MeldingJson.van(m, LocalDate.now(clock))))
                .orElseGet(() -> antwoord(Meldingbesluit.nietGevonden(id), HttpStatus.OK));
    }

    /** A new overig-verzuim melding (SCHOOL): by hand, or from a signal when {@code signaal} is given. */
    @PostMapping("/overig")
    ResponseEntity<?> overig(@RequestBody Verzoeken.Overig verzoek) {
        LeerlingId leerling = Invoer.leerling(verzoek.leerlingId());
        SchoolId school = Invoer.school(verzoek.schoolId());
        Meldingbesluit besluit = verzoek.signaal() == null
                ? meldingen.maakOverig(gebruiker(), leerling, school, verzoek.begindatum(), verzoek.einddatum(),
                        verzoek.toelichting())
                : meldingen.maakOverigUitSignaal(gebruiker(), leerling, school,
                        Invoer.enumWaarde(Signaalsoort.class, verzoek.signaal(), "signaal"),
                        Invoer.verplicht(verzoek.einddatum(), "einddatum"), verzoek.toelichting());
        return antwoord(besluit, HttpStatus.CREATED);
    }

    @PostMapping("/{id}/verzenden")
    ResponseEntity<?> verzenden(@PathVariable long id, @RequestBody Verzoeken.Verzenden verzoek) {
        return antwoord(meldingen.verzend(gebruiker(), id, verzoek.watSchoolDeed()), HttpStatus.OK);
    }

    /** The school withdraws a sent melding that is not closed, with a reason (at most 2000 characters). */
    @PostMapping("/{id}/intrekken")
    ResponseEntity<?> intrekken(@PathVariable long id, @RequestBody Verzoeken.Intrekken verzoek) {
        return antwoord(meldingen.trekIn(gebruiker(), id, verzoek.reden()), HttpStatus.OK);
    }

    @PostMapping("/{id}/in-behandeling")
    ResponseEntity<?> inBehandeling(@PathVariable long id) {
        return antwoord(meldingen.neemInBehandeling(gebruiker(), id), HttpStatus.OK);
    }

    @PostMapping("/{id}/afsluiten")
    ResponseEntity<?> afsluiten(@PathVariable long id, @RequestBody Verzoeken.Afsluiten verzoek) {
        Uitkomst uitkomst = verzoek.uitkomst() == null ? null : Invoer.enumWaarde(Uitkomst.class, verzoek.uitkomst(), "uitkomst");
        return antwoord(meldingen.sluitAf(gebruiker(), id, uitkomst, verzoek.terugkoppeling()), HttpStatus.OK);
    }

    private ResponseEntity<?> antwoord(Meldingbesluit besluit, HttpStatus gelukt) {
        return switch (besluit) {
            case Meldingbesluit.Gelukt(var m) -> {
                var body = MeldingJson.van(m, LocalDate.now(clock));
                yield gelukt == HttpStatus.CREATED
                        ? ResponseEntity.created(URI.create("/api/v1/meldingen/" + m.id())).body(body)
                        : ResponseEntity.ok(body);
            }
            case Meldingbesluit.Geweigerd(var reden, var grond) -> {
                HttpStatus status = switch (grond) {
                    case NIET_GEVONDEN -> HttpStatus.NOT_FOUND;
                    case NIET_BEVOEGD -> HttpStatus.FORBIDDEN;
                    case ONGELDIGE_STATUS -> HttpStatus.CONFLICT;
                    case ONGELDIGE_INVOER -> HttpStatus.BAD_REQUEST;
                };
                ProblemDetail probleem = ProblemDetail.forStatusAndDetail(status, reden);
                probleem.setTitle(Invoer.titel(status));
                yield ResponseEntity.status(status).body(probleem);
            }
        };
    }

    private Gebruiker gebruiker() {
        return gebruikers.huidige();
    }
}
