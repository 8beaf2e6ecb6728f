package nl.inbeeld.aanwezigheid.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.inbeeld.aanwezigheid.Afkeuring;
import nl.inbeeld.aanwezigheid.Inleesresultaat;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.verzuim.Signaaldetectie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 11, who may change what: a school's zip upload writes only pupils enrolled at its own schools. The attack
 * that worked before: klimboom (21AB00) uploads a leerlingen.csv that makes L-NIJ, a pupil of 21AH00 with a
 * VERZUIM_16_UUR signal and a draft melding, an adult with a startkwalificatie living in Arnhem; the signal vanished
 * and the draft became VERVALLEN.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "inbeeld.klok.vandaag=2025-10-13")
@ActiveProfiles({"test", "demo"})
class UploadBereikTest {

    @Autowired JdbcClient jdbc;
    @Autowired Signaaldetectie detectie;
    @Autowired WebApplicationContext context;
    MockMvc mvc;

    /** Two schools; L-B1 at 21AB00 (Arnhem) and L-NIJ at 21AH00 (Nijmegen), each with 16 hours in one week. */
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
                insert into absentie (leerling_id, school_id, datum, code, minuten, vastgelegd_door, vastgelegd_op) values
                  ('L-B1', '21AB00', '2025-09-15', 'ONGEOORLOOFD', 360, 'test', now()),
                  ('L-B1', '21AB00', '2025-09-16', 'ONGEOORLOOFD', 360, 'test', now()),
                  ('L-B1', '21AB00', '2025-09-17', 'ONGEOORLOOFD', 360, 'test', now()),
                  ('L-NIJ', '21AH00', '2025-09-15', 'ONGEOORLOOFD', 360, 'test', now()),
                  ('L-NIJ', '21AH00', '2025-09-16', 'ONGEOORLOOFD', 360, 'test', now()),
                  ('L-NIJ', '21AH00', '2025-09-17', 'ONGEOORLOOFD', 360, 'test', now())
                """).update();
        detectie.herbereken(Set.of(new LeerlingId("L-B1"), new LeerlingId("L-NIJ")));
        assertThat(signalen("L-NIJ")).contains("VERZUIM_16_UUR");
        assertThat(meldingstatus("L-NIJ")).isEqualTo("CONCEPT");
    }

    @Test
    void eenSchoolHerschrijftDeKerngegevensVanEenLeerlingVanEenAndereSchoolNiet() throws Exception {
        var r = upload("klimboom", false, Map.of("leerlingen.csv", """
                leerling_id,geboortedatum,woongemeente,startkwalificatie_op
                L-NIJ,2005-01-01,GM0202,2024-06-01
                """));

        assertThat(leerling("L-NIJ")).isEqualTo("2012-06-01 GM0268 null");
        assertThat(signalen("L-NIJ")).contains("VERZUIM_16_UUR");
        assertThat(meldingstatus("L-NIJ")).isEqualTo("CONCEPT");
        assertThat(r.volledig()).isFalse();
        assertThat(r.inlezing()).isNull();
        assertThat(r.afkeuringen()).singleElement().satisfies(a -> {
            assertThat(a.bestand()).isEqualTo("leerlingen.csv");
            assertThat(a.regel()).isEqualTo(2);
            assertThat(a.kolom()).isEqualTo("leerling_id");
            assertThat(a.reden()).contains("L-NIJ", "niet ingeschreven op een school van uw account");
        });
    }

    @Test
    void gedeeltelijkSlaatDeEigenLeerlingOpEnKeurtDeAndereAfMetDeWijzigingInHetAuditlog() throws Exception {
        var r = upload("klimboom", true, Map.of("leerlingen.csv", """
                leerling_id,geboortedatum,woongemeente,startkwalificatie_op
                L-B1,2015-03-01,GM0268,
                L-NIJ,2005-01-01,GM0202,2024-06-01
                """));

        assertThat(leerling("L-B1")).isEqualTo("2015-03-01 GM0268 null");
        assertThat(leerling("L-NIJ")).isEqualTo("2012-06-01 GM0268 null");
        assertThat(r.inlezing()).isNotNull();
        assertThat(r.afkeuringen()).extracting(Afkeuring::alsTekst).singleElement().asString()
                .startsWith("leerlingen.csv:3: leerling_id L-NIJ");
        assertThat(jdbc.sql("select gebruiker || ' ' || rol || ': ' || handeling from audit where leerling_id = 'L-B1'"
                        + " and handeling like 'WIJZIGEN leerling%'").query(String.class).list())
                .containsExactly("klimboom SCHOOL: WIJZIGEN leerling via inlezing " + r.inlezing() + ": woongemeente");
        assertThat(jdbc.sql("select count(*) from audit where leerling_id = 'L-NIJ' and handeling like 'WIJZIGEN%'")
                .query(Long.class).single()).isZero();
    }

    private Inleesresultaat upload(String account, boolean gedeeltelijk, Map<String, String> bestanden) throws Exception {
        MvcResult uit = mvc.perform(MockMvcRequestBuilders.multipart("/inlezen")
                        .file(new MockMultipartFile("map", "export.zip", "application/zip", zip(bestanden)))
                        .param("gedeeltelijk", Boolean.toString(gedeeltelijk))
                        .with(user(account).roles("SCHOOL")).with(csrf()))
                .andReturn();
        var model = uit.getModelAndView().getModel();
        assertThat(model.get("fout")).as("foutmelding").isNull();
        return (Inleesresultaat) model.get("resultaat");
    }

    static byte[] zip(Map<String, String> bestanden) throws Exception {
        var uit = new ByteArrayOutputStream();
        try (var z = new ZipOutputStream(uit)) {
            for (var e : new LinkedHashMap<>(bestanden).entrySet()) {
                z.putNextEntry(new ZipEntry("export/" + e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return uit.toByteArray();
    }

    private String leerling(String id) {
        return jdbc.sql("select geboortedatum || ' ' || woongemeente || ' ' || coalesce(startkwalificatie_op::text, 'null')"
                + " from leerling where leerling_id = ?").param(id).query(String.class).single();
    }

    private List<String> signalen(String id) {
        return jdbc.sql("select soort from signaal where leerling_id = ? order by 1").param(id).query(String.class).list();
    }

    private String meldingstatus(String id) {
        return jdbc.sql("select status from melding where leerling_id = ?").param(id).query(String.class).single();
    }
}
