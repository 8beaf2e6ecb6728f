package nl.inbeeld.melding;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Issue 11: the API answers only to HTTP Basic. The session cookie of the login form gives no access to
 * {@code /api/**}, so a same-site page that makes a logged-in browser post to the API (without a CSRF token)
 * changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "inbeeld.klok.vandaag=2025-10-13")
@ActiveProfiles({"test", "demo"})
class ApiSessieTest {

    @Autowired JdbcClient jdbc;
    @Autowired Signaaldetectie detectie;
    @LocalServerPort int poort;
    long b1;

    @BeforeEach
    void verzondenMelding() throws Exception {
        b1 = Testregio.metB1Concept(jdbc, detectie);
        var verzonden = Verzoeker.basic(poort).post("/api/v1/meldingen/" + b1 + "/verzenden", "klimboom",
                "{\"wat_school_deed\":\"Gesprek met ouders\"}");
        assertThat(verzonden.statusCode()).isEqualTo(200);
    }

    @Test
    void sessiecookieGeeftGeenToegangTotDeApi() throws Exception {
        var browser = Verzoeker.formulier(poort, "lpa.arnhem");
        assertThat(browser.get("/meldingen/" + b1, null).statusCode()).isEqualTo(200);

        var poging = browser.send(browser.builder("/api/v1/meldingen/" + b1 + "/in-behandeling", null)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(poging.statusCode()).isEqualTo(401);
        assertThat(poging.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(poging.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(t -> assertThat(t).startsWith("Basic"));
        assertThat(poging.body()).contains("\"title\":\"Niet aangemeld\"", "HTTP Basic");
        assertThat(status()).isEqualTo("VERZONDEN");
        assertThat(browser.get("/api/v1/meldingen/" + b1, null).statusCode()).isEqualTo(401);
    }

    @Test
    void httpBasicBlijftWerkenEnMaaktGeenSessie() throws Exception {
        var api = Verzoeker.basic(poort);
        var genomen = api.post("/api/v1/meldingen/" + b1 + "/in-behandeling", "lpa.arnhem", "{}");
        assertThat(genomen.statusCode()).isEqualTo(200);
        assertThat(genomen.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(status()).isEqualTo("IN_BEHANDELING");
    }

    private String status() {
        return jdbc.sql("select status from melding where id = ?").param(b1).query(String.class).single();
    }
}
