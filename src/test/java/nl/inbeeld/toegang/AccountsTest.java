package nl.inbeeld.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Accounts in the database (issue 11): the demo accounts were bootstrapped from the settings; an administrator
 * creates, blocks, unblocks, resets and rescopes accounts, each change audited without the password; a blocked
 * account logs in neither by form nor by HTTP Basic; every failed login looks the same, whether the account exists,
 * is blocked or is throttled. Same context as {@code IsolatieTest} (demo profile), so it is shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "inbeeld.klok.vandaag=2026-03-16")
@ActiveProfiles({"test", "demo"})
class AccountsTest {

    static final String WACHTWOORD = "een lange zin als wachtwoord";

    @LocalServerPort
    int poort;

    @Autowired
    Accountbeheer beheer;

    @Autowired
    Gebruikers gebruikers;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    Gebruiker beheerder() {
        return gebruikers.gebruiker("beheer");
    }

    @Test
    void deDemoaccountsStaanInDeDatabase() {
        assertThat(jdbc.sql("select naam from account order by naam").query(String.class).list())
                .contains("beheer", "klimboom", "stedelijk", "lpa.arnhem", "lpa.nijmegen", "lpa.overbetuwe", "teamleider.arnhem");
        assertThat(jdbc.sql("select wachtwoord from account where naam = 'klimboom'").query(String.class).single())
                .startsWith("{bcrypt}$2").doesNotContain("inbeeld-demo");
        assertThat(gebruikers.gebruiker("stedelijk").bereik().scholen())
                .containsExactlyInAnyOrder(new SchoolId("21AH00"), new SchoolId("21AJ00"));
        assertThat(gebruikers.gebruiker("lpa.arnhem").bereik().gemeenten()).containsExactly(new Gemeentecode("GM0202"));
    }

    @Test
    void elkeWijzigingStaatInHetAuditlogZonderWachtwoord() {
        long voor = aantalAccountregels();
        assertThat(beheer.aanmaken(beheerder(), "audit.school", WACHTWOORD, Rol.SCHOOL, "21ab00", ""))
                .isInstanceOf(Accountbeheer.Gedaan.class);
        assertThat(beheer.wachtwoordHerstellen(beheerder(), "audit.school", "nog een lange zin als wachtwoord"))
                .isInstanceOf(Accountbeheer.Gedaan.class);
        assertThat(beheer.bereikWijzigen(beheerder(), "audit.school", "21AB00, 21AH00", ""))
                .isInstanceOf(Accountbeheer.Gedaan.class);
        assertThat(beheer.blokkeren(beheerder(), "audit.school", true)).isInstanceOf(Accountbeheer.Gedaan.class);
        assertThat(beheer.blokkeren(beheerder(), "audit.school", false)).isInstanceOf(Accountbeheer.Gedaan.class);
        List<String> regels = jdbc.sql("select gebruiker || ' ' || handeling || ' ' || doel from audit"
                + " where handeling like 'ACCOUNT %audit.school%' order by id").query(String.class).list();
        assertThat(regels).containsExactly(
                "beheer ACCOUNT aangemaakt: audit.school (SCHOOL, scholen 21AB00) accountbeheer",
                "beheer ACCOUNT wachtwoord opnieuw ingesteld: audit.school accountbeheer",
                "beheer ACCOUNT bereik gewijzigd: audit.school van scholen 21AB00 naar scholen 21AB00, 21AH00 accountbeheer",
                "beheer ACCOUNT geblokkeerd: audit.school accountbeheer",
                "beheer ACCOUNT gedeblokkeerd: audit.school accountbeheer");
        assertThat(aantalAccountregels()).isEqualTo(voor + 5);
        assertThat(jdbc.sql("select count(*) from audit where handeling like '%lange zin%' or doel like '%lange zin%'")
                .query(Long.class).single()).isZero();
        // the change of scope holds at once (the cache is cleared)
        assertThat(gebruikers.gebruiker("audit.school").bereik().scholen())
                .containsExactlyInAnyOrder(new SchoolId("21AB00"), new SchoolId("21AH00"));
    }

    @Test
    void wachtwoordregelEnBereikWordenGecontroleerdInHetNederlands() {
        assertThat(beheer.aanmaken(beheerder(), "kort.ww", "te-kort", Rol.SCHOOL, "21AB00", ""))
                .isEqualTo(new Accountbeheer.Geweigerd("Een wachtwoord heeft minstens 12 tekens; een zin van een paar"
                        + " woorden is sterker en beter te onthouden."));
        assertThat(weigering(beheer.aanmaken(beheerder(), "verkeerde.school", WACHTWOORD, Rol.SCHOOL, "21AB0", "")))
                .contains("'21AB0' is geen geldige school");
        assertThat(weigering(beheer.aanmaken(beheerder(), "verkeerde.gemeente", WACHTWOORD, Rol.LEERPLICHT, "", "0202")))
                .contains("'0202' is geen geldige gemeentecode");
        assertThat(weigering(beheer.aanmaken(beheerder(), "geen.gemeente", WACHTWOORD, Rol.LEERPLICHT, "", "")))
                .isEqualTo("Een account van leerplicht hoort bij minstens één gemeente.");
        assertThat(weigering(beheer.aanmaken(beheerder(), "klimboom", WACHTWOORD, Rol.SCHOOL, "21AB00", "")))
                .isEqualTo("Er is al een account met de naam 'klimboom'.");
        assertThat(weigering(beheer.aanmaken(beheerder(), "a b", WACHTWOORD, Rol.SCHOOL, "21AB00", "")))
                .startsWith("Een accountnaam heeft 3 tot 100 tekens");
        assertThat(weigering(beheer.wachtwoordHerstellen(beheerder(), "klimboom", "kort"))).startsWith("Een wachtwoord heeft minstens 12");
        assertThat(weigering(beheer.bereikWijzigen(beheerder(), "lpa.arnhem", "", "GM0202 Arnhem")))
                .contains("'ARNHEM' is geen geldige gemeentecode");
        assertThat(gebruikers.gebruiker("lpa.arnhem").bereik().gemeenten()).containsExactly(new Gemeentecode("GM0202"));
        // nothing of the refused accounts was stored
        assertThat(jdbc.sql("select count(*) from account where naam in ('kort.ww', 'verkeerde.school', 'geen.gemeente')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void eenBeheerderBlokkeertZichzelfNietEnAlleenEenBeheerderBeheertAccounts() {
        assertThat(weigering(beheer.blokkeren(beheerder(), "beheer", true))).isEqualTo("U kunt uw eigen account niet blokkeren.");
        assertThat(weigering(beheer.blokkeren(gebruikers.gebruiker("klimboom"), "stedelijk", true)))
                .isEqualTo("Alleen een beheerder beheert accounts.");
        assertThat(beheer.aanmaken(beheerder(), "beheer.twee", WACHTWOORD, Rol.BEHEERDER, "", ""))
                .isInstanceOf(Accountbeheer.Gedaan.class);
        assertThat(beheer.blokkeren(gebruikers.gebruiker("beheer.twee"), "beheer.twee", true))
                .isInstanceOf(Accountbeheer.Geweigerd.class);
        assertThat(beheer.blokkeren(beheerder(), "beheer.twee", true)).isInstanceOf(Accountbeheer.Gedaan.class);
        // a blocked account, even an administrator's with a session still open, is treated as unknown
        assertThat(gebruikers.gebruiker("beheer.twee").bereik()).isEqualTo(Bereik.NIETS);
        assertThat(gebruikers.gebruiker("beheer.twee").rol()).isEqualTo(Rol.SCHOOL);
    }

    @Test
    void eenGeblokkeerdAccountKanNietInloggenMetFormulierNochBasic() throws Exception {
        beheer.aanmaken(beheerder(), "blok.lpa", WACHTWOORD, Rol.LEERPLICHT, "", "GM0268");
        assertThat(basic("/api/v1/signalen?peildatum=2026-03-16", "blok.lpa", WACHTWOORD).statusCode()).isEqualTo(200);
        assertThat(formulier("blok.lpa", WACHTWOORD).headers().firstValue("Location")).hasValue("http://localhost:" + poort + "/");
        beheer.blokkeren(beheerder(), "blok.lpa", true);
        assertThat(basic("/api/v1/signalen?peildatum=2026-03-16", "blok.lpa", WACHTWOORD).statusCode()).isEqualTo(401);
        assertThat(formulier("blok.lpa", WACHTWOORD).headers().firstValue("Location")).hasValue("http://localhost:" + poort + "/login?error");
        beheer.blokkeren(beheerder(), "blok.lpa", false);
        assertThat(basic("/api/v1/signalen?peildatum=2026-03-16", "blok.lpa", WACHTWOORD).statusCode()).isEqualTo(200);
    }

    @Test
    void onbekendBekendGeblokkeerdEnAfgeremdKrijgenHetzelfdeAntwoord() throws Exception {
        beheer.aanmaken(beheerder(), "gelijk.geblokkeerd", WACHTWOORD, Rol.SCHOOL, "21AB00", "");
        beheer.blokkeren(beheerder(), "gelijk.geblokkeerd", true);
        beheer.aanmaken(beheerder(), "gelijk.afgeremd", WACHTWOORD, Rol.SCHOOL, "21AB00", "");
        for (int i = 0; i < 5; i++) basic("/api/v1/signalen?peildatum=2026-03-16", "gelijk.afgeremd", "fout" + i);
        String[][] pogingen = {
                {"bestaat-niet-" + System.nanoTime(), WACHTWOORD}, // unknown account
                {"stedelijk", "verkeerd wachtwoord"},              // known account, wrong password
                {"gelijk.geblokkeerd", WACHTWOORD},                // blocked account, right password
                {"gelijk.afgeremd", WACHTWOORD}};                  // throttled address, right password
        var basicAntwoorden = new java.util.ArrayList<String>();
        var formulierAntwoorden = new java.util.ArrayList<String>();
        for (String[] p : pogingen) {
            var a = basic("/api/v1/signalen?peildatum=2026-03-16", p[0], p[1]);
            basicAntwoorden.add(a.statusCode() + " " + a.headers().allValues("WWW-Authenticate") + " "
                    + a.body().replaceAll("\"timestamp\":\"[^\"]*\"", ""));
            var f = formulier(p[0], p[1]);
            var pagina = http.send(HttpRequest.newBuilder(URI.create(f.headers().firstValue("Location").orElseThrow()))
                    .header("Cookie", f.headers().allValues("Set-Cookie").stream().map(c -> c.split(";")[0])
                            .reduce((x, y) -> x + "; " + y).orElse("")).build(), HttpResponse.BodyHandlers.ofString());
            formulierAntwoorden.add(f.statusCode() + " " + f.headers().firstValue("Location").orElse("") + " "
                    + pagina.body().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""));
        }
        assertThat(basicAntwoorden).allSatisfy(a -> assertThat(a).startsWith("401").isEqualTo(basicAntwoorden.get(0)));
        assertThat(formulierAntwoorden).allSatisfy(a -> assertThat(a).isEqualTo(formulierAntwoorden.get(0)));
        assertThat(formulierAntwoorden.get(0)).contains("/login?error").contains(Wachtwoordaanmelding.MELDING);
    }

    @Test
    void deBeheerpaginaIsAlleenVoorDeBeheerderEnEenWijzigingVraagtEenCsrfToken() throws Exception {
        assertThat(basic("/beheer/accounts", "klimboom", "inbeeld-demo").statusCode()).isEqualTo(403);
        assertThat(basic("/beheer/accounts", "lpa.arnhem", "inbeeld-demo").statusCode()).isEqualTo(403);
        var pagina = basic("/beheer/accounts", "beheer", "inbeeld-demo");
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("Accounts").contains("teamleider.arnhem").contains("gemeenten GM0202")
                .doesNotContain("{bcrypt}");
        String basicKop = "Basic " + Base64.getEncoder().encodeToString("beheer:inbeeld-demo".getBytes(StandardCharsets.UTF_8));
        var zonderToken = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/beheer/accounts/blokkeren"))
                .header("Authorization", basicKop).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("naam=klimboom&blokkeren=true")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(zonderToken.statusCode()).isEqualTo(403);
        assertThat(gebruikers.gebruiker("klimboom").bereik()).isNotEqualTo(Bereik.NIETS);
    }

    private long aantalAccountregels() {
        return jdbc.sql("select count(*) from audit where handeling like 'ACCOUNT %' and doel = 'accountbeheer'")
                .query(Long.class).single();
    }

    private static String weigering(Accountbeheer.Uitkomst uitkomst) {
        assertThat(uitkomst).isInstanceOf(Accountbeheer.Geweigerd.class);
        return ((Accountbeheer.Geweigerd) uitkomst).reden();
    }

    private HttpResponse<String> basic(String pad, String naam, String wachtwoord) throws Exception {
        String kop = Base64.getEncoder().encodeToString((naam + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                .header("Authorization", "Basic " + kop).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A login through the form, as a browser without script does it: the login page for its CSRF token, then post. */
    private HttpResponse<String> formulier(String naam, String wachtwoord) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String pagina = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(pagina);
        assertThat(token.find()).isTrue();
        String velden = "username=" + URLEncoder.encode(naam, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(wachtwoord, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(velden)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
