package nl.inbeeld;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.inbeeld.demo.DemoLader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 12, operable: liveness and readiness (with the database) for a load balancer without login and without
 * details; the metrics for the BEHEERDER only, counting imports, detection, overdue meldingen and refused logins.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "inbeeld.klok.vandaag=2026-03-16")
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BedrijfsvoeringTest {

    @LocalServerPort int poort;
    @Autowired DemoLader demo;
    @Autowired MeterRegistry metingen;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void demoregio() throws Exception {
        if (!demo.isGeladen()) demo.laad();
    }

    @Test
    void gezondheidZonderInloggenEnZonderDetails() throws Exception {
        for (String pad : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            var antwoord = get(pad, null);
            assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
            assertThat(antwoord.body()).as(pad).contains("\"status\":\"UP\"").doesNotContain("PostgreSQL");
        }
        assertThat(get("/actuator/health/readiness", "beheer").body()).contains("\"db\"");
    }

    @Test
    void metingenAlleenVoorDeBeheerder() throws Exception {
        assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/metrics", "klimboom").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/metrics", "lpa.arnhem").statusCode()).isEqualTo(403);
        var lijst = get("/actuator/metrics", "beheer");
        assertThat(lijst.statusCode()).isEqualTo(200);
        assertThat(lijst.body()).contains("inbeeld.inlezen.rijen", "inbeeld.detectie.leerlingen",
                "inbeeld.meldingen.te_laat", "inbeeld.inloggen.geweigerd");
        assertThat(get("/actuator/metrics/inbeeld.meldingen.te_laat", "beheer").body()).contains("\"VALUE\"");
    }

    @Test
    void importsEnGeweigerdeInlogsWordenGeteld() throws Exception {
        double geweigerd = metingen.counter("inbeeld.inloggen.geweigerd").count();
        assertThat(getMet("/actuator/metrics", "klimboom", "fout-wachtwoord").statusCode()).isEqualTo(401);
        assertThat(metingen.counter("inbeeld.inloggen.geweigerd").count()).isEqualTo(geweigerd + 1);
        // the demo region came in through the real import, in this application context (whose registry this is)
        assertThat(metingen.counter("inbeeld.inlezen.rijen").count()).isPositive();
        assertThat(metingen.timer("inbeeld.inlezen").count()).isPositive();
        assertThat(metingen.counter("inbeeld.detectie.leerlingen").count()).isPositive();
    }

    HttpResponse<String> get(String pad, String naam) throws Exception {
        return naam == null ? http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).build(),
                HttpResponse.BodyHandlers.ofString()) : getMet(pad, naam, "inbeeld-demo");
    }

    HttpResponse<String> getMet(String pad, String naam, String wachtwoord) throws Exception {
        String basic = Base64.getEncoder().encodeToString((naam + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
    }
}
