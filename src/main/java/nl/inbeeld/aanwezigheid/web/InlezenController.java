package nl.inbeeld.aanwezigheid.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.inbeeld.aanwezigheid.Afkeuring;
import nl.inbeeld.aanwezigheid.Inleesresultaat;
import nl.inbeeld.aanwezigheid.Waarschuwing;
import nl.inbeeld.toegang.Gebruikers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/inlezen}: a school's administration system (Magister, Somtoday, ParnasSys, EduArte) delivers
 * its export in uitwisselformaat v1 machine to machine, the folder as a zip in the request body ({@code
 * Content-Type: application/zip}), with {@code partial=true} as the command line's {@code --gedeeltelijk}. The same
 * steps and reach as the upload page ({@link Zipinlezing}); only role SCHOOL ({@code toegang.Rolregels}). The answer
 * follows the command line's exit status: 200 when every row was stored (exit 0), 422 when rows were rejected (exit
 * 1; with {@code partial=true} the valid rows are stored all the same and {@code afgekeurd_csv} holds the rejected
 * ones), 400 a zip that is refused (no zip, no v1 file in it, too large unpacked, a zip bomb).
 */
@RestController
class InlezenController {

    /** The report of an import, as the command line prints it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Verslag(
            @Schema(description = "true als elke rij is opgeslagen") boolean volledig,
            @Schema(description = "het nummer van de inlezing; leeg als niets is opgeslagen") Long inlezing,
            @Schema(description = "per bestand het aantal opgeslagen rijen") Map<String, Integer> opgeslagen,
            @Schema(description = "elke afgekeurde rij met bestand, regel, kolom en reden") List<Afgekeurd> afgekeurd,
            @Schema(description = "de inhoud van afgekeurd.csv (alleen bij partial=true met afgekeurde rijen)")
            @JsonProperty("afgekeurd_csv") String afgekeurdCsv,
            @Schema(description = "bevindingen over opgeslagen rijen met bestand, regel en tekst (spec §7: een vrijstelling"
                    + " 5A, 5B of 5C die een inschrijving overlapt)") List<Waarschuwing> waarschuwingen) {

        static Verslag van(Zipinlezing.Uitkomst uitkomst) {
            Inleesresultaat r = uitkomst.resultaat();
            return new Verslag(r.volledig(), r.inlezing(), r.opgeslagen(),
                    r.afkeuringen().stream().map(Afgekeurd::van).toList(), uitkomst.afgekeurd(), r.waarschuwingen());
        }
    }

    /** One rejected row: the file, its 1-based line (the header is line 1), the column (empty: the whole row), why. */
    record Afgekeurd(String bestand, long regel, String kolom, String reden) {
        static Afgekeurd van(Afkeuring a) {
            return new Afgekeurd(a.bestand(), a.regel(), a.kolom(), a.reden());
        }
    }

    private final Zipinlezing zipinlezing;
    private final Gebruikers gebruikers;

    InlezenController(Zipinlezing zipinlezing, Gebruikers gebruikers) {
        this.zipinlezing = zipinlezing;
        this.gebruikers = gebruikers;
    }

    @Operation(summary = "Een map in uitwisselformaat v1 inlezen, als zip",
            description = "De zip staat in de body (Content-Type: application/zip) en bevat scholen.csv, kalender.csv,"
                    + " leerlingen.csv, inschrijvingen.csv en absenties.csv (waar in de zip doet er niet toe). Een school"
                    + " schrijft alleen rijen van haar eigen scholen en leerlingen. Zonder partial wordt bij een"
                    + " afgekeurde rij niets opgeslagen; met partial=true worden de goede rijen opgeslagen.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/zip", schema = @Schema(type = "string", format = "binary"))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "Alles opgeslagen",
                            content = @Content(schema = @Schema(implementation = Verslag.class))),
                    @ApiResponse(responseCode = "422", description = "Rijen afgekeurd (bij partial=true is de rest opgeslagen)",
                            content = @Content(schema = @Schema(implementation = Verslag.class))),
                    @ApiResponse(responseCode = "400", description = "Geen bruikbare zip (geen zip, geen bestand van"
                            + " uitwisselformaat v1, te groot uitgepakt of een zip-bom); niets ingelezen",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class)))})
    @PostMapping(path = "/api/v1/inlezen", consumes = "application/zip")
    ResponseEntity<?> lees(@Parameter(description = "de goede rijen opslaan en de afgekeurde teruggeven (--gedeeltelijk)")
            @RequestParam(defaultValue = "false") boolean partial, HttpServletRequest verzoek) throws IOException {
        Zipinlezing.Uitkomst uitkomst;
        try (var in = verzoek.getInputStream()) {
            uitkomst = zipinlezing.lees(in, partial, gebruikers.huidige(), "via de API");
        } catch (Zipuitpakker.Geweigerd e) {
            ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
            probleem.setTitle("Ongeldige invoer");
            return ResponseEntity.badRequest().body(probleem);
        }
        Verslag verslag = Verslag.van(uitkomst);
        return ResponseEntity.status(uitkomst.resultaat().afkeuringen().isEmpty() ? HttpStatus.OK
                : HttpStatus.UNPROCESSABLE_CONTENT).body(verslag);
    }
}
