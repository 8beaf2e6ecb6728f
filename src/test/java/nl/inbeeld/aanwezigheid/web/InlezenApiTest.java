package nl.inbeeld.aanwezigheid.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.inbeeld.aanwezigheid.Testmap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10 item 10: {@code POST /api/v1/inlezen}, a school's administration system delivering its export machine to
 * machine, with HTTP Basic as the demo account klimboom (21AB00). The same reach as the upload page; 200 when all is
 * stored, 422 with every rejected row (file, line, column, reason) otherwise, the afgekeurd.csv content when partial;
 * a refused zip is a Dutch 400 ProblemDetail (limits set low here by property).
 */
@SpringBootTest(properties = {"inbeeld.klok.vandaag=2025-10-13", "inbeeld.upload.max-uitgepakt=4MB",
        "inbeeld.upload.max-verhouding=50"})
@ActiveProfiles({"test", "demo"})
class InlezenApiTest {

    static final String KOP = "leerling_id,school_id,datum,minuten,code,aantal,gemeld_op\n";

    @Autowired WebApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    MockMvc mvc;

    @BeforeEach
    void administratie() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        jdbc.sql("truncate school, kalender, leerling, inschrijving, absentie, bevolking, vrijstelling, signaal,"
                + " wijziging, melding, melding_signaal cascade").update();
        jdbc.sql("""
                insert into school values ('21AB00', 'De Klimboom', 'PO', 'GM0202', 'MIDDEN', 360),
                                          ('21AH00', 'Stedelijk College', 'VO', 'GM0268', 'MIDDEN', 360);
                insert into leerling values ('L-B1', '2015-03-01', 'GM0202', null), ('L-NIJ', '2012-06-01', 'GM0268', null);
                insert into inschrijving values ('L-B1', '21AB00', '2025-08-25', null), ('L-NIJ', '21AH00', '2025-08-25', null);
                """).update();
    }

    @Test
    void eenGeldigeMapWordtOpgeslagenMet200EnDeTellingenPerBestand() throws Exception {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("leerlingen.csv", "leerling_id,geboortedatum,woongemeente,startkwalificatie_op\nL-B1,2015-03-01,GM0202,\n");
        map.put("absenties.csv", KOP + "L-B1,21AB00,2025-09-15,60,ONGEOORLOOFD,,\nL-B1,21AB00,2025-09-16,120,ZIEK,,\n");
        var antwoord = post(UploadBereikTest.zip(map), false);

        assertThat(antwoord.getStatus()).isEqualTo(200);
        JsonNode verslag = json.readTree(antwoord.getContentAsString());
        assertThat(verslag.get("volledig").asBoolean()).isTrue();
        assertThat(verslag.get("inlezing").isNumber()).isTrue();
        assertThat(verslag.get("opgeslagen").get("absenties.csv").asInt()).isEqualTo(2);
        assertThat(verslag.get("opgeslagen").get("leerlingen.csv").asInt()).isEqualTo(1);
        assertThat(verslag.get("afgekeurd")).isEmpty();
        assertThat(verslag.has("afgekeurd_csv")).isFalse();
        assertThat(absenties()).isEqualTo(2);
    }

    @Test
    void afgekeurdeRijenGeven422MetBestandRegelKolomEnRedenEnNietsOpgeslagen() throws Exception {
        var voor = Testmap.tellingen(jdbc);
        var antwoord = post(UploadBereikTest.zip(Map.of("absenties.csv", KOP
                + "L-B1,21AB00,2025-09-15,60,ONGEOORLOOFD,,\n"
                + "L-NIJ,21AH00,2025-09-15,60,ONGEOORLOOFD,,\n"
                + "L-B1,21AB00,2025-09-16,999,ONGEOORLOOFD,,\n")), false);

        assertThat(antwoord.getStatus()).isEqualTo(422);
        JsonNode verslag = json.readTree(antwoord.getContentAsString());
        assertThat(verslag.get("volledig").asBoolean()).isFalse();
        assertThat(verslag.has("inlezing")).isFalse();
        JsonNode rijen = verslag.get("afgekeurd");
        assertThat(rijen).hasSize(2);
        assertThat(rijen.get(0).get("bestand").asString()).isEqualTo("absenties.csv");
        assertThat(rijen.get(0).get("regel").asLong()).isEqualTo(3);
        assertThat(rijen.get(0).get("kolom").asString()).isEqualTo("school_id");
        assertThat(rijen.get(0).get("reden").asString()).contains("21AH00 hoort niet bij uw account");
        assertThat(rijen.get(1).get("regel").asLong()).isEqualTo(4);
        assertThat(rijen.get(1).get("kolom").asString()).isEqualTo("minuten");
        assertThat(Testmap.tellingen(jdbc)).isEqualTo(voor);
        assertThat(absenties()).isZero();
    }

    @Test
    void gedeeltelijkSlaatDeGoedeRijenOpEnGeeft422MetDeInhoudVanAfgekeurdCsv() throws Exception {
        var antwoord = post(UploadBereikTest.zip(Map.of("absenties.csv", KOP
                + "L-B1,21AB00,2025-09-15,60,ONGEOORLOOFD,,\n"
                + "L-NIJ,21AH00,2025-09-15,60,ONGEOORLOOFD,,\n")), true);

        assertThat(antwoord.getStatus()).isEqualTo(422);
        JsonNode verslag = json.readTree(antwoord.getContentAsString());
        assertThat(verslag.get("volledig").asBoolean()).isFalse();
        assertThat(verslag.get("inlezing").isNumber()).isTrue();
        assertThat(verslag.get("opgeslagen").get("absenties.csv").asInt()).isEqualTo(1);
        assertThat(verslag.get("afgekeurd")).hasSize(1);
        assertThat(verslag.get("afgekeurd_csv").asString()).contains("L-NIJ", "21AH00 hoort niet bij uw account")
                .doesNotContain("L-B1");
        assertThat(absenties()).isEqualTo(1);
    }

    @Test
    void eenZipBomOfGeenZipIsEen400InHetNederlandsZonderServerpad() throws Exception {
        var bom = post(ZipuitpakkerTest.bom("export/absenties.csv", 64), false);
        assertThat(bom.getStatus()).isEqualTo(400);
        assertThat(json.readTree(bom.getContentAsString()).get("detail").asString())
                .isEqualTo("Het zip-bestand pakt meer dan 50 keer zo groot uit als het is (een zip-bom?); er is niets ingelezen.");

        var geenZip = post("leerling_id,school_id\nL-1,21AB00\n".getBytes(StandardCharsets.UTF_8), false);
        assertThat(geenZip.getStatus()).isEqualTo(400);
        JsonNode probleem = json.readTree(geenZip.getContentAsString());
        assertThat(probleem.get("title").asString()).isEqualTo("Ongeldige invoer");
        assertThat(probleem.get("detail").asString())
                .startsWith("Het bestand is geen zip-bestand met bestanden van uitwisselformaat v1")
                .doesNotContain("/", System.getProperty("java.io.tmpdir"), "inbeeld-upload");
        assertThat(absenties()).isZero();
    }

    @Test
    void alleenEenSchoolMagInlezenOokNietDeBeheerder() throws Exception {
        for (String account : new String[] {"beheer", "lpa.arnhem", "teamleider.arnhem"}) {
            var antwoord = mvc.perform(MockMvcRequestBuilders.post("/api/v1/inlezen").contentType("application/zip")
                    .content(UploadBereikTest.zip(Map.of("absenties.csv", KOP + "L-B1,21AB00,2025-09-15,60,ONGEOORLOOFD,,\n")))
                    .with(httpBasic(account, "inbeeld-demo"))).andReturn().getResponse();
            assertThat(antwoord.getStatus()).as(account).isEqualTo(403);
            assertThat(antwoord.getContentAsString()).contains("Alleen de school kan haar verzuimadministratie");
        }
        assertThat(absenties()).isZero();
    }

    @Test
    void hetOpenApiDocumentBeschrijftDeZipEnDeAntwoorden() throws Exception {
        JsonNode docs = json.readTree(mvc.perform(MockMvcRequestBuilders.get("/api/docs")
                .with(httpBasic("klimboom", "inbeeld-demo"))).andReturn().getResponse().getContentAsString());
        JsonNode inlezen = docs.get("paths").get("/api/v1/inlezen").get("post");
        assertThat(inlezen.get("requestBody").get("content").has("application/zip")).isTrue();
        assertThat(inlezen.get("parameters").toString()).contains("partial");
        assertThat(inlezen.get("responses").propertyNames()).contains("200", "422", "400");
    }

    private MockHttpServletResponse post(byte[] zip, boolean gedeeltelijk) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/inlezen").param("partial", Boolean.toString(gedeeltelijk))
                        .contentType("application/zip").content(zip).with(httpBasic("klimboom", "inbeeld-demo")))
                .andReturn().getResponse();
    }

    private int absenties() {
        return jdbc.sql("select count(*) from absentie").query(Integer.class).single();
    }
}
