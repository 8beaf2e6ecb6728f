package nl.inbeeld.melding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Issue 11: every error of the API is a Dutch ProblemDetail ({@code application/problem+json}, Dutch title and
 * explanation), never a 500 for bad input: a NUL character, an impossible or out-of-range date, a type mismatch, a
 * missing parameter, 401, 403, 404, 405, 415. A role that may not use an endpoint is refused before its input is
 * checked. Pages get the Dutch error page with the same status.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "inbeeld.klok.vandaag=2025-10-13")
@ActiveProfiles({"test", "demo"})
class FoutmeldingenApiTest {

    @Autowired JdbcClient jdbc;
    @Autowired Signaaldetectie detectie;
    @LocalServerPort int poort;
    Verzoeker api;
    long b1;

    @BeforeEach
    void administratie() {
        b1 = Testregio.metB1Concept(jdbc, detectie);
        api = Verzoeker.basic(poort);
    }

    @Test
    void nulTekenInParameterOfPadIs400() throws Exception {
        probleem(api.get("/api/v1/meldingen?zoek=a%00b", "klimboom"), 400, "Ongeldige invoer", "zoek", "ongeldig teken");
        probleem(api.get("/api/v1/signalen?peildatum=2025-10-13&school=21AB00%00", "klimboom"), 400, "Ongeldige invoer");
        probleem(api.get("/api/v1/meldingen/1%00", "klimboom"), 400, "Ongeldige invoer");
        probleem(api.post("/api/v1/meldingen/overig", "klimboom", """
                {"leerling_id":"L-B1","school_id":"21AB00","begindatum":"2025-09-01","einddatum":"2025-10-10",
                 "toelichting":"zorgen\\u0000over verzuim"}"""), 400, "Ongeldige invoer", "teken");
        assertThat(jdbc.sql("select count(*) from melding where soort = 'OVERIG'").query(Long.class).single()).isZero();
    }

    @Test
    void onmogelijkeOfTeVerreDatumIs400() throws Exception {
        probleem(api.get("/api/v1/signalen?peildatum=2026-02-30", "klimboom"), 400, "Ongeldige invoer",
                "peildatum", "JJJJ-MM-DD");
        probleem(api.get("/api/v1/signalen?peildatum=%2B999999999-12-31", "klimboom"), 400, "Ongeldige invoer", "datum");
        probleem(api.get("/api/v1/signalen?peildatum=-999999999-01-01", "klimboom"), 400, "Ongeldige invoer", "datum");
        probleem(api.post("/api/v1/meldingen/overig", "klimboom", """
                {"leerling_id":"L-B1","school_id":"21AB00","begindatum":"2025-02-30","einddatum":"2025-10-10",
                 "toelichting":"x"}"""), 400, "Ongeldige invoer", "JJJJ-MM-DD");
        probleem(api.post("/api/v1/meldingen/overig", "klimboom", """
                {"leerling_id":"L-B1","school_id":"21AB00","begindatum":"-999999999-01-01","einddatum":"2025-09-02",
                 "toelichting":"x"}"""), 400, "Ongeldige invoer", "datum");
    }

    @Test
    void typefoutOntbrekendeParameterEnOnbekendAdres() throws Exception {
        probleem(api.get("/api/v1/meldingen/abc", "klimboom"), 400, "Ongeldige invoer", "'id'", "geheel getal");
        probleem(api.get("/api/v1/meldingen/99999999999999999999", "klimboom"), 400, "Ongeldige invoer", "geheel getal");
        probleem(api.get("/api/v1/meldingen?te_laat=misschien", "klimboom"), 400, "Ongeldige invoer", "te_laat", "true of false");
        probleem(api.get("/api/v1/signalen", "klimboom"), 400, "Ongeldige invoer", "De parameter 'peildatum' ontbreekt.");
        probleem(api.post("/api/v1/meldingen/overig", "klimboom", "{kapot"), 400, "Ongeldige invoer", "geen geldige JSON");
        probleem(api.get("/api/v1/bestaat-niet", "klimboom"), 404, "Niet gevonden", "bestaat niet");
        probleem(api.send(api.builder("/api/v1/meldingen", "klimboom").DELETE().build()), 405,
                "Methode niet toegestaan", "DELETE");
        probleem(api.send(api.builder("/api/v1/meldingen/overig", "klimboom").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x")).build()), 415, "Inhoudstype niet ondersteund",
                "application/json");
    }

    @Test
    void nietAangemeldEnNietToegestaanZijnNederlandseProblemDetails() throws Exception {
        var zonder = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/api/v1/meldingen"))
                .header("Accept", "application/json").GET().build());
        probleem(zonder, 401, "Niet aangemeld", "HTTP Basic");
        probleem(api.send(api.builder("/api/v1/meldingen", null).header("Authorization", "Basic a2xpbWJvb206Zm91dA==")
                .GET().build()), 401, "Niet aangemeld");
        probleem(api.send(java.net.http.HttpRequest.newBuilder(api.uri("/api/docs"))
                .header("Accept", "application/json").GET().build()), 401, "Niet aangemeld");
        probleem(api.post("/api/v1/meldingen/" + b1 + "/in-behandeling", "klimboom", "{}"), 403, "Niet toegestaan",
                "leerplichtambtenaar van de woongemeente");
    }

    @Test
    void eerstDeRolDanDeInvoer() throws Exception {
        // a role that may not use the endpoint: 403 whatever the input, before any check of it
        probleem(api.post("/api/v1/meldingen/overig", "lpa.arnhem", "{kapot"), 403, "Niet toegestaan");
        probleem(api.post("/api/v1/meldingen/overig", "lpa.arnhem", """
                {"leerling_id":"geen id!","school_id":"X","begindatum":"2025-02-30"}"""), 403, "Niet toegestaan");
        probleem(api.post("/api/v1/meldingen/abc/in-behandeling", "klimboom", "{}"), 403, "Niet toegestaan");
        probleem(api.post("/api/v1/meldingen/abc/verzenden", "lpa.arnhem", "{kapot"), 403, "Niet toegestaan");
        probleem(api.post("/api/v1/meldingen/" + b1 + "/afsluiten", "klimboom", "{\"uitkomst\":\"BOETE\"}"), 403,
                "Niet toegestaan");
        // the right role with bad input: 400
        probleem(api.post("/api/v1/meldingen/abc/in-behandeling", "lpa.arnhem", "{}"), 400, "Ongeldige invoer");
    }

    @Test
    void paginasKrijgenDeNederlandseFoutpagina() throws Exception {
        var browser = Verzoeker.formulier(poort, "klimboom");
        var nul = browser.send(browser.builder("/meldingen?zoek=a%00b", null).header("Accept", "text/html").GET().build());
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("Onjuist verzoek").doesNotContain("Exception", "org.");
        var type = browser.send(browser.builder("/meldingen/abc", null).header("Accept", "text/html").GET().build());
        assertThat(type.statusCode()).isEqualTo(400);
        assertThat(type.body()).contains("Onjuist verzoek");
        var onbekend = browser.send(browser.builder("/bestaat-niet", null).header("Accept", "text/html").GET().build());
        assertThat(onbekend.statusCode()).isEqualTo(404);
        assertThat(onbekend.body()).contains("Niet gevonden");
    }

    static void probleem(HttpResponse<String> antwoord, int status, String titel, String... detail) {
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(status);
        assertThat(antwoord.headers().firstValue("Content-Type")).as(antwoord.uri().toString())
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(antwoord.body()).contains("\"title\":\"" + titel + "\"", "\"status\":" + status)
                .doesNotContain("Exception", "org.springframework", "/tmp/");
        for (String d : detail) assertThat(antwoord.body()).contains(d);
    }
}
