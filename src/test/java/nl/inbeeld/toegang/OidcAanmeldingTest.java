package nl.inbeeld.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The optional OIDC login (issue 11), against a provider started in the test ({@link Proefprovider}): the whole
 * authorization code flow through InBeeld, as a browser does it (redirects followed, cookies kept). Role and scope
 * come from the claims inbeeld_rol, inbeeld_scholen and inbeeld_gemeenten; without a valid role, no access.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OidcAanmeldingTest {

    static final Proefprovider provider = start();

    @LocalServerPort
    int poort;

    private static Proefprovider start() {
        try {
            return new Proefprovider();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry instellingen) {
        instellingen.add("inbeeld.oidc.issuer-uri", provider::issuer);
        instellingen.add("inbeeld.oidc.client-id", () -> Proefprovider.CLIENT_ID);
        instellingen.add("inbeeld.oidc.client-secret", () -> Proefprovider.CLIENT_SECRET);
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    /** A browser: follows redirects, keeps cookies. */
    final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .cookieHandler(new CookieManager()).build();

    @Test
    void deInlogpaginaBiedtDeOrganisatieAan() throws Exception {
        assertThat(get("/login").body()).contains("href=\"/oauth2/authorization/oidc\"").contains("Inloggen via uw organisatie");
    }

    @Test
    void eenLeerplichtambtenaarMetRolclaimLogtInMetHetBereikUitDeClaims() throws Exception {
        provider.claims = Map.of("preferred_username", "oidc.arnhem", "inbeeld_rol", "LEERPLICHT",
                "inbeeld_gemeenten", List.of("GM0202"));
        var start = get("/oauth2/authorization/oidc");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.uri().getPath()).isEqualTo("/");
        assertThat(start.body()).contains("oidc.arnhem (leerplicht)");
        assertThat(get("/meldingen").statusCode()).isEqualTo(200);
        // the API answers only to HTTP Basic (its own stateless chain): the OIDC session gives no access there
        assertThat(browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/api/v1/signalen?peildatum=2026-03-16"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(get("/audit").statusCode()).isEqualTo(403);
        assertThat(get("/beheer/accounts").statusCode()).isEqualTo(403);
    }

    @Test
    void eenBeheerderUitDeClaimsOpentDeAccountpagina() throws Exception {
        provider.claims = Map.of("preferred_username", "oidc.beheer", "inbeeld_rol", "BEHEERDER");
        assertThat(get("/oauth2/authorization/oidc").uri().getPath()).isEqualTo("/");
        var pagina = get("/beheer/accounts");
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("oidc.beheer (beheerder)").contains("Nieuw account");
    }

    @Test
    void zonderGeldigeRolclaimGeenToegangEnEenNederlandseWeigering() throws Exception {
        for (Map<String, Object> claims : List.<Map<String, Object>>of(
                Map.of("preferred_username", "oidc.zonderrol"),
                Map.of("preferred_username", "oidc.directeur", "inbeeld_rol", "DIRECTEUR", "inbeeld_scholen", "21AB00"),
                Map.of("preferred_username", "oidc.school", "inbeeld_rol", "SCHOOL", "inbeeld_scholen", "21AB0"),
                Map.of("preferred_username", "oidc.school", "inbeeld_rol", "SCHOOL"),
                Map.of("inbeeld_rol", "BEHEERDER"))) {
            var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).cookieHandler(new CookieManager()).build();
            provider.claims = claims;
            var weigering = client.send(verzoek("/oauth2/authorization/oidc"), HttpResponse.BodyHandlers.ofString());
            assertThat(weigering.uri().getPath() + "?" + weigering.uri().getQuery()).as(claims.toString()).isEqualTo("/login?geenrol");
            assertThat(weigering.body()).contains("heeft geen geldige rol in InBeeld");
            var daarna = client.send(verzoek("/"), HttpResponse.BodyHandlers.ofString());
            assertThat(daarna.uri().getPath()).as("not logged in").isEqualTo("/login");
        }
    }

    private HttpResponse<String> get(String pad) throws Exception {
        return browser.send(verzoek(pad), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest verzoek(String pad) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).header("Accept", "text/html").build();
    }
}
