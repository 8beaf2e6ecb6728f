package nl.inbeeld.melding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
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
 * Issue 11: every audit entry says whether the request was carried out (GEDAAN) or refused (GEWEIGERD): a refused
 * absence change, a refused melding step, and a read of a pupil or melding outside the user's reach (answered 404).
 * The audit page and its CSV export show the outcome.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "inbeeld.klok.vandaag=2025-10-13")
@ActiveProfiles({"test", "demo"})
class AuditUitkomstTest {

    @Autowired JdbcClient jdbc;
    @Autowired Signaaldetectie detectie;
    @LocalServerPort int poort;
    long b1;
    long sinds;

    @BeforeEach
    void administratie() {
        b1 = Testregio.metB1Concept(jdbc, detectie);
        sinds = jdbc.sql("select coalesce(max(id), 0) from audit").query(Long.class).single();
    }

    @Test
    void geweigerdeAbsentiewijzigingIsGeweigerdGelogd() throws Exception {
        var school = Verzoeker.formulier(poort, "klimboom");
        // Sunday 19 October 2025, in the herfstvakantie: refused by the registration rules
        assertThat(absentie(school, "2025-10-19").statusCode()).isEqualTo(302);
        assertThat(absentie(school, "2025-10-06").statusCode()).isEqualTo(302);

        assertThat(regels()).contains(
                "klimboom GEWEIGERD WIJZIGEN absentie 21AB00 2025-10-19 ONGEOORLOOFD L-B1",
                "klimboom GEDAAN WIJZIGEN absentie 21AB00 2025-10-06 ONGEOORLOOFD L-B1");
        assertThat(jdbc.sql("select count(*) from absentie where leerling_id = 'L-B1' and datum = '2025-10-19'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void geweigerdeMeldingstappenEnLezenBuitenBereik() throws Exception {
        var api = Verzoeker.basic(poort);
        assertThat(api.post("/api/v1/meldingen/" + b1 + "/verzenden", "klimboom", "{\"wat_school_deed\":\" \"}")
                .statusCode()).isEqualTo(400);
        assertThat(api.post("/api/v1/meldingen/" + b1 + "/verzenden", "klimboom", "{\"wat_school_deed\":\"Gesprek\"}")
                .statusCode()).isEqualTo(200);
        assertThat(api.post("/api/v1/meldingen/" + b1 + "/in-behandeling", "lpa.nijmegen", "{}").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/meldingen/" + b1, "lpa.nijmegen").statusCode()).isEqualTo(404);
        var pagina = Verzoeker.formulier(poort, "stedelijk");
        assertThat(pagina.get("/leerlingen/L-B1", null).statusCode()).isEqualTo(404);

        assertThat(regels()).contains(
                "klimboom GEWEIGERD VERZENDEN melding " + b1 + ": ONGELDIGE_INVOER L-B1",
                "klimboom GEDAAN VERZENDEN melding " + b1 + " L-B1",
                "lpa.nijmegen GEWEIGERD IN BEHANDELING NEMEN melding " + b1 + ": NIET_GEVONDEN -",
                "lpa.nijmegen GEWEIGERD LEZEN melding " + b1 + ": NIET_GEVONDEN -",
                "stedelijk GEWEIGERD LEZEN leerlingpagina: NIET_GEVONDEN L-B1");
    }

    @Test
    void auditpaginaEnExportTonenDeUitkomst() throws Exception {
        Verzoeker.formulier(poort, "stedelijk").get("/leerlingen/L-B1", null);
        var beheer = Verzoeker.formulier(poort, "beheer");
        var pagina = beheer.send(beheer.builder("/audit?leerling=L-B1", null).header("Accept", "text/html").GET().build());
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("<th scope=\"col\">Uitkomst</th>", "geweigerd");
        var export = beheer.send(beheer.builder("/audit/export?leerling=L-B1", null).GET().build());
        assertThat(export.statusCode()).isEqualTo(200);
        List<String> regels = export.body().lines().toList();
        assertThat(regels.getFirst()).isEqualTo("op,gebruiker,rol,handeling,leerling_id,doel,uitkomst");
        assertThat(regels).anyMatch(r -> r.contains("stedelijk") && r.contains("LEZEN leerlingpagina") && r.endsWith(",GEWEIGERD"));
    }

    private java.net.http.HttpResponse<String> absentie(Verzoeker school, String datum) throws Exception {
        String csrf = Verzoeker.csrf(school.get("/leerlingen/L-B1", null).body());
        return school.send(school.builder("/leerlingen/L-B1/absenties", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("school=21AB00&datum=" + datum
                        + "&code=ONGEOORLOOFD&minuten=60&_csrf=" + java.net.URLEncoder.encode(csrf, java.nio.charset.StandardCharsets.UTF_8)))
                .build());
    }

    private List<String> regels() {
        return jdbc.sql("select gebruiker || ' ' || uitkomst || ' ' || handeling || ' ' || coalesce(leerling_id, '-')"
                + " from audit where id > ? order by id").param(sinds).query(String.class).list();
    }
}
