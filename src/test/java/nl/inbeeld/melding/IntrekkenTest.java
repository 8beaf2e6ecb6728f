package nl.inbeeld.melding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.SchoolId;
import nl.inbeeld.toegang.Bereik;
import nl.inbeeld.toegang.Gebruiker;
import nl.inbeeld.toegang.Rol;
import nl.inbeeld.verzuim.Signaaldetectie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 10 item 7: the school withdraws (intrekken) a melding it sent, with a reason; leerplicht keeps seeing it as
 * INGETROKKEN with the reason, in the API, on the melding page and in the inbox. The rule of who may withdraw what
 * is a table ({@link Meldingrechten#intrekken}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "inbeeld.klok.vandaag=2025-10-13")
@ActiveProfiles({"test", "demo"})
class IntrekkenTest {

    static final SchoolId EIGEN = new SchoolId("21AB00");
    static final Gebruiker SCHOOL = new Gebruiker("klimboom", Rol.SCHOOL, Bereik.scholen(Set.of(EIGEN)));
    static final Gebruiker ANDERE_SCHOOL = new Gebruiker("stedelijk", Rol.SCHOOL, Bereik.scholen(Set.of(new SchoolId("21AH00"))));
    static final Gebruiker LEERPLICHT = new Gebruiker("lpa.arnhem", Rol.LEERPLICHT,
            Bereik.gemeenten(Set.of(new Gemeentecode("GM0202"))));

    /** wie, status, reden → the refusal (null: allowed). */
    static Stream<Arguments> regels() {
        String lang = "x".repeat(2001);
        return Stream.of(
                Arguments.of(SCHOOL, Meldingstatus.VERZONDEN, "Leerling was toch ziek gemeld", null),
                Arguments.of(SCHOOL, Meldingstatus.IN_BEHANDELING, "Dubbel gemeld", null),
                Arguments.of(SCHOOL, Meldingstatus.VERZONDEN, "x".repeat(2000), null),
                Arguments.of(SCHOOL, Meldingstatus.CONCEPT, "Nog niet verzonden", Meldingbesluit.Weigering.ONGELDIGE_STATUS),
                Arguments.of(SCHOOL, Meldingstatus.AFGESLOTEN, "Te laat", Meldingbesluit.Weigering.ONGELDIGE_STATUS),
                Arguments.of(SCHOOL, Meldingstatus.VERVALLEN, "Vervallen", Meldingbesluit.Weigering.ONGELDIGE_STATUS),
                Arguments.of(SCHOOL, Meldingstatus.INGETROKKEN, "Nogmaals", Meldingbesluit.Weigering.ONGELDIGE_STATUS),
                Arguments.of(SCHOOL, Meldingstatus.VERZONDEN, " ", Meldingbesluit.Weigering.ONGELDIGE_INVOER),
                Arguments.of(SCHOOL, Meldingstatus.VERZONDEN, null, Meldingbesluit.Weigering.ONGELDIGE_INVOER),
                Arguments.of(SCHOOL, Meldingstatus.VERZONDEN, lang, Meldingbesluit.Weigering.ONGELDIGE_INVOER),
                Arguments.of(ANDERE_SCHOOL, Meldingstatus.VERZONDEN, "Niet de onze", Meldingbesluit.Weigering.NIET_BEVOEGD),
                Arguments.of(LEERPLICHT, Meldingstatus.VERZONDEN, "Leerplicht trekt niet in", Meldingbesluit.Weigering.NIET_BEVOEGD),
                Arguments.of(Gebruiker.systeem("beheer"), Meldingstatus.VERZONDEN, "Beheer", Meldingbesluit.Weigering.NIET_BEVOEGD));
    }

    @ParameterizedTest(name = "{0} {1} reden={2} → {3}")
    @MethodSource("regels")
    void wieMagIntrekken(Gebruiker wie, Meldingstatus status, String reden, Meldingbesluit.Weigering verwacht) {
        var melding = new Verzuimmelding(1, Meldingsoort.VERZUIM_16_UUR, new LeerlingId("L-1"), EIGEN,
                new Gemeentecode("GM0202"), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 20), 960, null, null, null,
                null, status, null, LocalDate.of(2025, 9, 20), null, null, null, null, null, null, null, null, null);
        assertThat(Meldingrechten.intrekken(wie, melding, reden).map(Meldingbesluit.Geweigerd::grond).orElse(null))
                .isEqualTo(verwacht);
    }

    @Autowired JdbcClient jdbc;
    @Autowired Signaaldetectie detectie;
    @LocalServerPort int poort;
    long b1;

    @BeforeEach
    void administratie() {
        Testregio.vul(jdbc);
        detectie.herbereken(Set.of(new LeerlingId("L-B1"), new LeerlingId("L-B6"), new LeerlingId("L-NIJ")));
        b1 = jdbc.sql("select id from melding where leerling_id = 'L-B1'").query(Long.class).single();
    }

    @Test
    void deSchoolTrektEenVerzondenMeldingInEnLeerplichtZietHetMetDeReden() throws Exception {
        var api = Verzoeker.basic(poort);
        String pad = "/api/v1/meldingen/" + b1;
        assertThat(api.post(pad + "/intrekken", "klimboom", "{\"reden\":\"Nog niet verzonden\"}").statusCode()).isEqualTo(409);
        assertThat(api.post(pad + "/verzenden", "klimboom", "{\"wat_school_deed\":\"Gesprek\"}").statusCode()).isEqualTo(200);
        assertThat(api.post(pad + "/intrekken", "lpa.arnhem", "{\"reden\":\"x\"}").statusCode()).isEqualTo(403);
        var leeg = api.post(pad + "/intrekken", "klimboom", "{\"reden\":\"\"}");
        assertThat(leeg.statusCode()).isEqualTo(400);
        assertThat(leeg.body()).contains("Geef de reden waarom de school de melding intrekt.");
        assertThat(api.post(pad + "/intrekken", "klimboom", "{\"reden\":\"" + "x".repeat(2001) + "\"}").statusCode())
                .isEqualTo(400);
        assertThat(api.post(pad + "/intrekken", "stedelijk", "{\"reden\":\"Niet de onze\"}").statusCode()).isEqualTo(404);

        var ingetrokken = api.post(pad + "/intrekken", "klimboom", "{\"reden\":\"Ziekmelding kwam later binnen\"}");
        assertThat(ingetrokken.statusCode()).isEqualTo(200);
        assertThat(ingetrokken.body()).contains("\"status\":\"INGETROKKEN\"", "\"ingetrokken_op\":\"2025-10-13\"",
                "\"ingetrokken_door\":\"klimboom\"", "\"intrekreden\":\"Ziekmelding kwam later binnen\"");
        // leerplicht keeps seeing it: the API, a ground for the pupil's data (view inzagegrond)
        assertThat(api.get(pad, "lpa.arnhem").body()).contains("\"status\":\"INGETROKKEN\"", "Ziekmelding kwam later binnen");
        assertThat(api.get("/api/v1/meldingen?status=INGETROKKEN", "lpa.arnhem").body()).contains("\"id\":" + b1);
        assertThat(jdbc.sql("select count(*) from inzagegrond where grond = 'MELDING' and verwijzing = ?").param(b1)
                .query(Integer.class).single()).isOne();
        // not again, and leerplicht can no longer take it in behandeling
        assertThat(api.post(pad + "/intrekken", "klimboom", "{\"reden\":\"Nogmaals\"}").statusCode()).isEqualTo(409);
        assertThat(api.post(pad + "/in-behandeling", "lpa.arnhem", "").statusCode()).isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from audit where handeling like 'INTREKKEN melding " + b1 + "%'")
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void opDePaginaVanDeSchoolEnVanLeerplicht() throws Exception {
        var school = Verzoeker.formulier(poort, "klimboom");
        Verzoeker.basic(poort).post("/api/v1/meldingen/" + b1 + "/verzenden", "klimboom", "{\"wat_school_deed\":\"Gesprek\"}");
        String pagina = school.get("/meldingen/" + b1, null).body();
        assertThat(pagina).contains("Melding intrekken", "/meldingen/" + b1 + "/intrekken");
        var post = school.send(HttpRequest.newBuilder(school.uri("/meldingen/" + b1 + "/intrekken"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("reden=" + URLEncoder.encode("Verkeerde leerling", StandardCharsets.UTF_8)
                        + "&_csrf=" + URLEncoder.encode(Verzoeker.csrf(pagina), StandardCharsets.UTF_8))).build());
        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(school.get("/meldingen/" + b1, null).body()).contains("Ingetrokken", "13-10-2025: Verkeerde leerling")
                .doesNotContain("Melding intrekken");

        var leerplicht = Verzoeker.formulier(poort, "lpa.arnhem");
        assertThat(leerplicht.get("/meldingen/" + b1, null).body()).contains("Ingetrokken door de school",
                "Verkeerde leerling").doesNotContain("In behandeling nemen</button>");
        assertThat(leerplicht.get("/meldingen", null).body()).contains("/meldingen/" + b1 + "\"", "Ingetrokken");
    }
}
