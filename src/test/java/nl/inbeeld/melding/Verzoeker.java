package nl.inbeeld.melding;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/** HTTP requests to the running application in tests: HTTP Basic as a demo account, or a browser-like form login. */
public final class Verzoeker {

    private final int poort;
    private final HttpClient http;

    private Verzoeker(int poort, HttpClient http) {
        this.poort = poort;
        this.http = http;
    }

    /** Without cookies: every request carries its own credentials. */
    public static Verzoeker basic(int poort) {
        return new Verzoeker(poort, HttpClient.newHttpClient());
    }

    /** A client that keeps cookies like a browser, logged in through the login form as {@code naam}. */
    public static Verzoeker formulier(int poort, String naam) throws Exception {
        var v = new Verzoeker(poort, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
        String pagina = v.http.send(HttpRequest.newBuilder(v.uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var ingelogd = v.http.send(HttpRequest.newBuilder(v.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + naam + "&password=inbeeld-demo&_csrf="
                        + URLEncoder.encode(csrf(pagina), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        if (ingelogd.statusCode() != 302 || ingelogd.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("inloggen mislukt: " + ingelogd.statusCode() + " " + ingelogd.headers());
        }
        return v;
    }

    /** The CSRF token of a page's form. */
    public static String csrf(String pagina) {
        var m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(pagina);
        if (!m.find()) throw new IllegalStateException("geen CSRF-token op de pagina");
        return m.group(1);
    }

    public URI uri(String pad) {
        return URI.create("http://localhost:" + poort + pad);
    }

    public HttpResponse<String> get(String pad, String naam) throws Exception {
        return send(builder(pad, naam).GET().build());
    }

    public HttpResponse<String> post(String pad, String naam, String json) throws Exception {
        return send(builder(pad, naam).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> send(HttpRequest verzoek) throws Exception {
        return http.send(verzoek, HttpResponse.BodyHandlers.ofString());
    }

    /** A request as {@code naam} with HTTP Basic (password inbeeld-demo); {@code naam} null: only the cookies. */
    public HttpRequest.Builder builder(String pad, String naam) {
        var b = HttpRequest.newBuilder(uri(pad)).header("Accept", "application/json");
        if (naam != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((naam + ":inbeeld-demo")
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }
}
