package nl.inbeeld.melding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.verzuim.Signaaldetectie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 11: every free-text field has a length limit: 2,000 characters for a melding's toelichting, wat de school
 * deed and terugkoppeling, 100 for a search text. Past it: a Dutch 400 (API) or form message (pages), nothing
 * stored; the database refuses longer text as the last line of defence (V8).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "inbeeld.klok.vandaag=2025-10-13")
@ActiveProfiles({"test", "demo"})
class LengtegrenzenTest {

    static final String LANG = "x".repeat(2001);
    static final String PRECIES = "y".repeat(2000);

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
    void apiWeigertTeLangeTekstEnBewaartNiets() throws Exception {
        FoutmeldingenApiTest.probleem(api.post("/api/v1/meldingen/" + b1 + "/verzenden", "klimboom",
                "{\"wat_school_deed\":\"" + LANG + "\"}"), 400, "Ongeldige invoer", "te lang: 2001 tekens, ten hoogste 2000");
        assertThat(status()).isEqualTo("CONCEPT");
        assertThat(api.post("/api/v1/meldingen/" + b1 + "/verzenden", "klimboom",
                "{\"wat_school_deed\":\"" + PRECIES + "\"}").statusCode()).isEqualTo(200);
        assertThat(api.post("/api/v1/meldingen/" + b1 + "/in-behandeling", "lpa.arnhem", "{}").statusCode()).isEqualTo(200);
        FoutmeldingenApiTest.probleem(api.post("/api/v1/meldingen/" + b1 + "/afsluiten", "lpa.arnhem",
                "{\"uitkomst\":\"GESPREK_GEVOERD\",\"terugkoppeling\":\"" + LANG + "\"}"), 400, "Ongeldige invoer",
                "De terugkoppeling is te lang");
        assertThat(status()).isEqualTo("IN_BEHANDELING");
        FoutmeldingenApiTest.probleem(api.post("/api/v1/meldingen/overig", "klimboom", """
                {"leerling_id":"L-B1","school_id":"21AB00","begindatum":"2025-09-01","einddatum":"2025-10-10",
                 "toelichting":"%s"}""".formatted(LANG)), 400, "Ongeldige invoer", "De toelichting is te lang");
        FoutmeldingenApiTest.probleem(api.post("/api/v1/meldingen/overig", "klimboom", """
                {"leerling_id":"L-B1","school_id":"21AB00","signaal":"TE_LAAT_HERHAALD","einddatum":"2025-09-05",
                 "toelichting":"%s"}""".formatted(LANG)), 400, "Ongeldige invoer", "De toelichting is te lang");
        assertThat(jdbc.sql("select count(*) from melding where soort = 'OVERIG'").query(Long.class).single()).isZero();
    }

    @Test
    void zoektekstTenHoogste100Tekens() throws Exception {
        FoutmeldingenApiTest.probleem(api.get("/api/v1/meldingen?zoek=" + "b".repeat(101), "klimboom"), 400,
                "Ongeldige invoer", "zoek is te lang");
        assertThat(api.get("/api/v1/meldingen?zoek=" + "b".repeat(100), "klimboom").statusCode()).isEqualTo(200);
        var pagina = Verzoeker.formulier(poort, "klimboom");
        var lang = pagina.get("/meldingen?zoek=" + "b".repeat(101), null);
        assertThat(lang.statusCode()).isEqualTo(200);
        assertThat(lang.body()).contains("De zoektekst is te lang: ten hoogste 100 tekens.", "maxlength=\"100\"");
    }

    @Test
    void formulierGeeftMeldingEnVerliestDeMeldingNiet() throws Exception {
        var school = Verzoeker.formulier(poort, "klimboom");
        String csrf = Verzoeker.csrf(school.get("/meldingen/" + b1, null).body());
        var verzonden = school.send(school.builder("/meldingen/" + b1 + "/verzenden", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("watSchoolDeed=" + LANG + "&_csrf="
                        + URLEncoder.encode(csrf, StandardCharsets.UTF_8))).build());
        assertThat(verzonden.statusCode()).isEqualTo(302);
        var terug = school.get("/meldingen/" + b1, null);
        assertThat(terug.body()).contains("Wat de school al heeft gedaan is te lang: 2001 tekens, ten hoogste 2000.",
                "maxlength=\"2000\"");
        assertThat(status()).isEqualTo("CONCEPT");
    }

    @Test
    void deDatabankIsDeLaatsteVerdediging() {
        for (String kolom : new String[] {"toelichting", "wat_school_deed", "terugkoppeling"}) {
            assertThatThrownBy(() -> jdbc.sql("update melding set " + kolom + " = ? where id = ?").params(LANG, b1).update())
                    .as(kolom).isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("lengte");
            jdbc.sql("update melding set " + kolom + " = ? where id = ?").params(PRECIES, b1).update();
        }
    }

    private String status() {
        return jdbc.sql("select status from melding where id = ?").param(b1).query(String.class).single();
    }
}
