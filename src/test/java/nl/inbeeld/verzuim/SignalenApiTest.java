package nl.inbeeld.verzuim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import nl.inbeeld.leerling.LeerlingId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Detection against the real database and the REST API of spec §5: rule case B1 for a pupil who lives in
 * another municipality than the school's, and moved during the year (the population register decides).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // the school's own account: a beheerder sees no pupil data (Bereik.BEHEER), the school sees its signals
        "inbeeld.accounts[0].naam=beheer", "inbeeld.accounts[0].wachtwoord=inbeeld-demo", "inbeeld.accounts[0].rol=BEHEERDER",
        "inbeeld.accounts[1].naam=regenboog", "inbeeld.accounts[1].wachtwoord=inbeeld-demo", "inbeeld.accounts[1].rol=SCHOOL",
        "inbeeld.accounts[1].scholen=12AB00"})
@ActiveProfiles("test")
class SignalenApiTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Signaaldetectie detectie;

    @LocalServerPort
    int poort;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void administratie() {
        jdbc.sql("truncate school, kalender, leerling, inschrijving, absentie, bevolking, signaal, wijziging cascade").update();
        jdbc.sql("""
                insert into school values ('12AB00', 'De Regenboog', 'PO', 'GM0344', 'MIDDEN', 300);
                insert into kalender values ('12AB00', '2025-10-18', '2025-10-26', 'VAKANTIE', 'herfstvakantie');
                insert into leerling values ('L-0001', '2015-03-01', 'GM0356', null), ('L-0002', '2015-04-01', 'GM0344', null);
                insert into inschrijving values ('L-0001', '12AB00', '2025-08-25', null), ('L-0002', '12AB00', '2025-08-25', null);
                insert into bevolking values ('L-0001', '2015-03-01', 'GM0356', '2010-01-01', '2025-09-30'),
                                             ('L-0001', '2015-03-01', 'GM0321', '2025-10-01', null);
                insert into absentie (leerling_id, school_id, datum, code, minuten, vastgelegd_door, vastgelegd_op) values
                  ('L-0001', '12AB00', '2025-09-08', 'ONGEOORLOOFD', 240, 'test', now()),
                  ('L-0001', '12AB00', '2025-09-17', 'ONGEOORLOOFD', 240, 'test', now()),
                  ('L-0001', '12AB00', '2025-09-23', 'ONGEOORLOOFD', 240, 'test', now()),
                  ('L-0001', '12AB00', '2025-10-02', 'ONGEOORLOOFD', 240, 'test', now()),
                  ('L-0002', '12AB00', '2025-09-02', 'ZIEK', 300, 'test', now())
                """).update();
        detectie.herbereken(Set.of(new LeerlingId("L-0001"), new LeerlingId("L-0002")));
    }

    @Test
    void signaalAlsJsonVolgensSpec() throws Exception {
        var antwoord = get("/api/v1/signalen?peildatum=2025-10-02", "regenboog", "inbeeld-demo");
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.body()).isEqualTo("""
                [{"soort":"VERZUIM_16_UUR","leerling_id":"L-0001","school_id":"12AB00",\
                "begindatum":"2025-09-08","einddatum":"2025-10-02","minuten":960,\
                "melden_aan":"GM0321","verplicht":true}]""");
    }

    @Test
    void peildatumVoorEinddatumGeeftLeeg() throws Exception {
        assertThat(get("/api/v1/signalen?peildatum=2025-10-01", "regenboog", "inbeeld-demo").body()).isEqualTo("[]");
    }

    @Test
    void filterOpGemeenteVanInwoners() throws Exception {
        assertThat(get("/api/v1/signalen?peildatum=2026-01-01&gemeente=GM0321", "regenboog", "inbeeld-demo").body())
                .contains("L-0001");
        assertThat(get("/api/v1/signalen?peildatum=2026-01-01&gemeente=GM0344", "regenboog", "inbeeld-demo").body())
                .isEqualTo("[]");
        assertThat(get("/api/v1/signalen?peildatum=2026-01-01&school=12AB00", "regenboog", "inbeeld-demo").body())
                .contains("L-0001");
    }

    @Test
    void foutieveInvoerGeeftDuidelijkeFout() throws Exception {
        var antwoord = get("/api/v1/signalen?peildatum=2026-01-01&gemeente=Utrecht", "regenboog", "inbeeld-demo");
        assertThat(antwoord.statusCode()).isEqualTo(400);
        assertThat(antwoord.body()).contains("geen CBS-gemeentecode");
        assertThat(get("/api/v1/signalen?peildatum=gisteren", "regenboog", "inbeeld-demo").statusCode()).isEqualTo(400);
    }

    @Test
    void beheerderZietGeenSignalenZonderInzageMetReden() throws Exception {
        var antwoord = get("/api/v1/signalen?peildatum=2026-01-01", "beheer", "inbeeld-demo");
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.body()).isEqualTo("[]");
    }

    @Test
    void zonderInloggenGeenSignalen() throws Exception {
        assertThat(get("/api/v1/signalen?peildatum=2026-01-01", "beheer", "fout").statusCode()).isEqualTo(401);
        var zonder = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort
                + "/api/v1/signalen?peildatum=2026-01-01")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(zonder.statusCode()).isEqualTo(401);
    }

    @Test
    void herberekenenVervangtSignalen() {
        jdbc.sql("delete from absentie where datum = '2025-10-02'").update();
        detectie.herbereken(Set.of(new LeerlingId("L-0001")));
        assertThat(jdbc.sql("select count(*) from signaal where leerling_id = 'L-0001'").query(Long.class).single())
                .isZero();
    }

    private HttpResponse<String> get(String pad, String naam, String wachtwoord) throws Exception {
        String basic = Base64.getEncoder().encodeToString((naam + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
