package nl.inbeeld.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An administrator blocked while logged in loses the open session at the next request (the session's authorities
 * would otherwise admit it to /audit until the session times out), and so does an account given another role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "inbeeld.klok.vandaag=2026-03-16")
@ActiveProfiles({"test", "demo"})
class SessiecontroleTest {

    static final String WACHTWOORD = "een lange zin als wachtwoord";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort int poort;
    @Autowired Accountbeheer beheer;
    @Autowired Gebruikers gebruikers;

    @Test
    void eenGeblokkeerdeBeheerderVerliestZijnSessie() throws Exception {
        assertThat(beheer.aanmaken(gebruikers.gebruiker("beheer"), "sessie.beheer", WACHTWOORD, Rol.BEHEERDER, "", ""))
                .isInstanceOf(Accountbeheer.Gedaan.class);
        HttpClient sessie = inloggen("sessie.beheer");
        assertThat(get(sessie, "/audit").statusCode()).isEqualTo(200);
        assertThat(beheer.blokkeren(gebruikers.gebruiker("beheer"), "sessie.beheer", true)).isInstanceOf(Accountbeheer.Gedaan.class);
        var daarna = get(sessie, "/audit");
        assertThat(daarna.statusCode()).isEqualTo(302);
        assertThat(daarna.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        // unblocked, the old session stays ended: a new login is needed
        beheer.blokkeren(gebruikers.gebruiker("beheer"), "sessie.beheer", false);
        assertThat(get(sessie, "/audit").statusCode()).isEqualTo(302);
    }

    @Test
    void eenSessieVanEenAndereRolEindigt() throws Exception {
        assertThat(beheer.aanmaken(gebruikers.gebruiker("beheer"), "sessie.school", WACHTWOORD, Rol.SCHOOL, "21AB00", ""))
                .isInstanceOf(Accountbeheer.Gedaan.class);
        HttpClient sessie = inloggen("sessie.school");
        assertThat(get(sessie, "/inlezen").statusCode()).isEqualTo(200);
        assertThat(beheer.blokkeren(gebruikers.gebruiker("beheer"), "sessie.school", true)).isInstanceOf(Accountbeheer.Gedaan.class);
        assertThat(get(sessie, "/inlezen").statusCode()).isEqualTo(302);
    }

    HttpResponse<String> get(HttpClient sessie, String pad) throws Exception {
        return sessie.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpClient inloggen(String naam) throws Exception {
        HttpClient sessie = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var m = CSRF.matcher(get(sessie, "/login").body());
        assertThat(m.find()).isTrue();
        String formulier = "username=" + URLEncoder.encode(naam, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(WACHTWOORD, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        var antwoord = sessie.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulier)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return sessie;
    }
}
