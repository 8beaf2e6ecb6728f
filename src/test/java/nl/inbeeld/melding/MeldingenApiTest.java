package nl.inbeeld.melding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.verzuim.Signaaldetectie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The REST API with HTTP Basic as the demo accounts: the whole flow, isolation (404 outside the Bereik, absent
 * from lists), refusals as Dutch ProblemDetails with 400/403/404/409, and the OpenAPI documentation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "inbeeld.klok.vandaag=2025-10-13")
@ActiveProfiles({"test", "demo"})
class MeldingenApiTest {

    @Autowired JdbcClient jdbc;
    @Autowired Signaaldetectie detectie;
    @LocalServerPort int poort;
    final HttpClient http = HttpClient.newHttpClient();
    long b1;

    @BeforeEach
    void administratie() {
        Testregio.vul(jdbc);
        detectie.herbereken(Set.of(new LeerlingId("L-B1"), new LeerlingId("L-B6"), new LeerlingId("L-NIJ")));
        b1 = jdbc.sql("select id from melding where leerling_id = 'L-B1'").query(Long.class).single();
    }

    @Test
    void stroomVanSchoolNaarLeerplichtEnTerug() throws Exception {
        var verzonden = post("/" + b1 + "/verzenden", "klimboom", "{\"wat_school_deed\":\"Gesprek met ouders\"}");
        assertThat(verzonden.statusCode()).isEqualTo(200);
        assertThat(verzonden.body()).contains("\"status\":\"VERZONDEN\"", "\"duo_code\":\"V3\"", "\"te_laat\":true",
                "\"deadline\":\"2025-10-09\"", "\"melden_aan\":\"GM0202\"");
        assertThat(get("", "lpa.arnhem").body()).contains("\"id\":" + b1);
        assertThat(post("/" + b1 + "/in-behandeling", "lpa.arnhem", "").statusCode()).isEqualTo(200);
        var af = post("/" + b1 + "/afsluiten", "lpa.arnhem",
                "{\"uitkomst\":\"GESPREK_GEVOERD\",\"terugkoppeling\":\"Gesprek gevoerd, leerling is terug.\"}");
        assertThat(af.statusCode()).isEqualTo(200);
        assertThat(get("/" + b1, "klimboom").body()).contains("\"status\":\"AFGESLOTEN\"",
                "\"terugkoppeling\":\"Gesprek gevoerd, leerling is terug.\"", "\"uitkomst\":\"GESPREK_GEVOERD\"");
    }

    @Test
    void leerplichtVanEenAndereGemeenteZietDeMeldingNiet() throws Exception {
        post("/" + b1 + "/verzenden", "klimboom", "{\"wat_school_deed\":\"Gesprek\"}");
        var niet = get("/" + b1, "lpa.nijmegen");
        assertThat(niet.statusCode()).isEqualTo(404);
        assertThat(niet.body()).contains("bestaat niet of valt buiten uw bereik");
        assertThat(get("", "lpa.nijmegen").body()).doesNotContain("L-B1");
        assertThat(post("/" + b1 + "/in-behandeling", "lpa.nijmegen", "").statusCode()).isEqualTo(404);
        assertThat(get("/" + b1, "lpa.arnhem").statusCode()).isEqualTo(200);
        assertThat(get("/" + b1, "teamleider.arnhem").statusCode()).isEqualTo(200);
    }

    @Test
    void eenSchoolZietDeMeldingVanEenAndereSchoolNiet() throws Exception {
        long nij = jdbc.sql("select id from melding where leerling_id = 'L-NIJ'").query(Long.class).single();
        assertThat(get("/" + nij, "klimboom").statusCode()).isEqualTo(404);
        assertThat(get("", "klimboom").body()).contains("L-B1").doesNotContain("L-NIJ");
        assertThat(get("/" + b1, "stedelijk").statusCode()).isEqualTo(404);
        assertThat(get("", "stedelijk").body()).contains("L-NIJ").doesNotContain("L-B1", "L-B6");
        assertThat(post("/" + b1 + "/verzenden", "stedelijk", "{\"wat_school_deed\":\"x\"}").statusCode()).isEqualTo(404);
        assertThat(get("?school=21AB00", "stedelijk").body()).isEqualTo("[]");
    }

    @Test
    void conceptIsVoorLeerplichtNogNietZichtbaar() throws Exception {
        assertThat(get("/" + b1, "lpa.arnhem").statusCode()).isEqualTo(404);
        assertThat(get("", "lpa.arnhem").body()).isEqualTo("[]");
        assertThat(get("/te-laat-per-school", "lpa.arnhem").body()).contains("\"21AB00\":");
    }

    @Test
    void weigeringenAlsProblemDetail() throws Exception {
        var rol = post("/" + b1 + "/in-behandeling", "klimboom", "");
        assertThat(rol.statusCode()).isEqualTo(403);
        assertThat(rol.body()).contains("leerplichtambtenaar van de woongemeente", "Niet toegestaan");
        var leeg = post("/" + b1 + "/verzenden", "klimboom", "{\"wat_school_deed\":\"\"}");
        assertThat(leeg.statusCode()).isEqualTo(400);
        assertThat(leeg.body()).contains("Vul in wat de school al heeft gedaan.");
        post("/" + b1 + "/verzenden", "klimboom", "{\"wat_school_deed\":\"Gesprek\"}");
        var nogmaals = post("/" + b1 + "/verzenden", "klimboom", "{\"wat_school_deed\":\"Gesprek\"}");
        assertThat(nogmaals.statusCode()).isEqualTo(409);
        assertThat(nogmaals.body()).contains("alleen een concept kan worden verzonden");
        assertThat(get("?status=KLAAR", "klimboom").statusCode()).isEqualTo(400);
        assertThat(post("/" + b1 + "/afsluiten", "lpa.arnhem", "{\"uitkomst\":\"BOETE\",\"terugkoppeling\":\"x\"}")
                .statusCode()).isEqualTo(400);
        assertThat(get("/" + b1, "klimboom", "fout").statusCode()).isEqualTo(401);
    }

    @Test
    void overigVerzuimEnFilters() throws Exception {
        var overig = post("/overig", "klimboom", """
                {"leerling_id":"L-B1","school_id":"21AB00","begindatum":"2025-09-01","einddatum":"2025-10-10",
                 "toelichting":"Zorgen over ziekmeldingen"}""");
        assertThat(overig.statusCode()).isEqualTo(201);
        assertThat(overig.headers().firstValue("Location")).isPresent();
        assertThat(overig.body()).contains("\"soort\":\"OVERIG\"", "\"duo_code\":\"O\"").doesNotContain("deadline");
        var uitSignaal = post("/overig", "klimboom", """
                {"leerling_id":"L-B1","school_id":"21AB00","signaal":"TE_LAAT_HERHAALD","einddatum":"2025-09-05"}""");
        assertThat(uitSignaal.statusCode()).isEqualTo(201);
        assertThat(post("/overig", "lpa.arnhem", """
                {"leerling_id":"L-B1","school_id":"21AB00","begindatum":"2025-09-01","einddatum":"2025-09-02",
                 "toelichting":"x"}""").statusCode()).isEqualTo(403);
        assertThat(get("?status=CONCEPT&zoek=b6", "klimboom").body()).contains("L-B6").doesNotContain("L-B1");
        assertThat(get("?te_laat=true", "klimboom").body()).contains("L-B1").doesNotContain("OVERIG");
    }

    @Test
    void openApiDocumentatie() throws Exception {
        var docs = get("/../../docs", "klimboom");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/meldingen/{id}/verzenden", "/api/v1/meldingen/overig");
        assertThat(get("/../../docs", "klimboom", "fout").statusCode()).isEqualTo(401);
        var ui = http.send(verzoek("/api/docs/ui.html", "klimboom", "inbeeld-demo").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isIn(200, 302);
    }

    private HttpResponse<String> get(String pad, String naam) throws Exception {
        return get(pad, naam, "inbeeld-demo");
    }

    private HttpResponse<String> get(String pad, String naam, String wachtwoord) throws Exception {
        return http.send(verzoek("/api/v1/meldingen" + pad, naam, wachtwoord).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String pad, String naam, String json) throws Exception {
        return http.send(verzoek("/api/v1/meldingen" + pad, naam, "inbeeld-demo").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.isEmpty() ? "{}" : json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder verzoek(String pad, String naam, String wachtwoord) {
        String basic = Base64.getEncoder().encodeToString((naam + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad).normalize())
                .header("Authorization", "Basic " + basic).header("Accept", "application/json");
    }
}
