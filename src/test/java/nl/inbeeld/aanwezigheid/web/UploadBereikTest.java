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
import java.nio.file.Files;
import java.nio.file.Path;
import nl.inbeeld.aanwezigheid.Absenties;
import nl.inbeeld.aanwezigheid.Afkeuring;
import nl.inbeeld.aanwezigheid.Inleesresultaat;
import nl.inbeeld.aanwezigheid.Inlezen;
import nl.inbeeld.aanwezigheid.Testmap;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerling.Leerlingen;
import nl.inbeeld.toegang.Auditlog;
import nl.inbeeld.toegang.Bereik;
import nl.inbeeld.toegang.Gebruiker;
import nl.inbeeld.toegang.Gebruikers;
import nl.inbeeld.verzuim.Signaaldetectie;
import nl.inbeeld.verzuim.Signalen;
import org.junit.jupiter.api.io.TempDir;
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
 * and the draft became VERVALLEN. Also: every file of the folder, atomic and partial; an enrolment of a pupil known
 * at another school (allowed, audited, only core data visible); the command line keeps full reach.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "inbeeld.klok.vandaag=2025-10-13")
@ActiveProfiles({"test", "demo"})
class UploadBereikTest {

    @Autowired JdbcClient jdbc;
    @Autowired Signaaldetectie detectie;
    @Autowired WebApplicationContext context;
    @Autowired Inlezen inlezen;
    @Autowired Gebruikers gebruikers;
    @Autowired Leerlingen leerlingen;
    @Autowired Absenties absenties;
    @Autowired Signalen signaalopslag;
    @Autowired Auditlog auditlog;
    MockMvc mvc;
    long auditVoor;

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
        auditVoor = jdbc.sql("select coalesce(max(id), 0) from audit").query(Long.class).single();
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
        assertThat(audit("L-B1", "WIJZIGEN%")).containsExactly("klimboom SCHOOL: WIJZIGEN leerling via inlezing " + r.inlezing() + ": woongemeente");
        assertThat(audit("L-NIJ", "WIJZIGEN%")).isEmpty();
    }

    @Test
    void elkBestandSchrijftAlleenRijenVanDeEigenScholenEnLeerlingen(@TempDir Path tmp) throws Exception {
        Map<String, String> bestanden = new LinkedHashMap<>();
        bestanden.put("scholen.csv", """
                school_id,naam,sector,gemeente,vakantieregio,lesminuten_per_dag
                21AB00,OBS De Klimboom,PO,GM0202,MIDDEN,360
                21AH00,Overgenomen,VO,GM0202,MIDDEN,360
                """);
        bestanden.put("kalender.csv", """
                school_id,van,tot_en_met,soort,omschrijving
                21AH00,2025-09-15,2025-09-19,VAKANTIE,weg ermee
                """);
        bestanden.put("leerlingen.csv", """
                leerling_id,geboortedatum,woongemeente,startkwalificatie_op
                L-NIEUW,2016-01-01,GM0202,
                L-ZWERF,2016-01-01,GM0202,
                """);
        bestanden.put("inschrijvingen.csv", """
                leerling_id,school_id,van,tot_en_met
                L-NIEUW,21AB00,2025-08-25,
                L-NIJ,21AH00,2025-08-25,2025-09-01
                """);
        bestanden.put("absenties.csv", """
                leerling_id,school_id,datum,minuten,code,aantal,gemeld_op
                L-B1,21AB00,2025-09-18,60,ONGEOORLOOFD,,
                L-NIJ,21AH00,2025-09-15,1,ZIEK,,
                """);
        bestanden.put("bevolking.csv", """
                persoon_id,geboortedatum,gemeente,van,tot_en_met
                L-B1,2015-03-01,GM0268,2015-03-01,
                """);
        bestanden.put("vrijstellingen.csv", """
                leerling_id,grond,van,tot_en_met,kennisgeving_op
                L-B1,5A,2025-09-01,,
                """);
        var verwacht = List.of(
                "scholen.csv:3: school_id 21AH00 hoort niet bij uw account; u levert alleen gegevens van 21AB00",
                "kalender.csv:2: school_id 21AH00 hoort niet bij uw account; u levert alleen gegevens van 21AB00",
                "leerlingen.csv:3: leerling_id L-ZWERF staat niet ingeschreven op een school van uw account"
                        + " (opgeslagen of in inschrijvingen.csv)",
                "inschrijvingen.csv:3: school_id 21AH00 hoort niet bij uw account; u levert alleen gegevens van 21AB00",
                "absenties.csv:3: school_id 21AH00 hoort niet bij uw account; u levert alleen gegevens van 21AB00",
                "bevolking.csv:2: woonperioden uit de BRP levert de gemeente aan, niet een school",
                "vrijstellingen.csv:2: een vrijstelling legt de leerplichtambtenaar van de gemeente vast, niet een school");
        var voor = Testmap.tellingen(jdbc);

        var atomair = inlezen.lees(Testmap.schrijf(tmp.resolve("atomair"), bestanden), false, klimboom());
        assertThat(atomair.afkeuringen()).extracting(Afkeuring::alsTekst).containsExactlyElementsOf(verwacht);
        assertThat(Testmap.tellingen(jdbc)).isEqualTo(voor);

        Path map = Testmap.schrijf(tmp.resolve("gedeeltelijk"), bestanden);
        var r = inlezen.lees(map, true, klimboom());
        assertThat(r.afkeuringen()).extracting(Afkeuring::alsTekst).containsExactlyElementsOf(verwacht);
        assertThat(Files.readString(r.afgekeurd())).contains("L-ZWERF", "21AH00,Overgenomen", "L-NIJ,21AH00,2025-09-15");
        assertThat(r.opgeslagen()).containsEntry("scholen.csv", 1).containsEntry("leerlingen.csv", 1)
                .containsEntry("inschrijvingen.csv", 1).containsEntry("absenties.csv", 1)
                .containsEntry("bevolking.csv", 0).containsEntry("vrijstellingen.csv", 0);
        assertThat(jdbc.sql("select naam from school where school_id = '21AH00'").query(String.class).single())
                .isEqualTo("Stedelijk College");
        assertThat(jdbc.sql("select count(*) from kalender").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select string_agg(leerling_id || ' ' || school_id || ' ' || coalesce(tot_en_met::text, '-'),"
                + " ', ' order by leerling_id) from inschrijving").query(String.class).single())
                .isEqualTo("L-B1 21AB00 -, L-NIEUW 21AB00 -, L-NIJ 21AH00 -");
        assertThat(jdbc.sql("select count(*) from absentie where leerling_id = 'L-NIJ'").query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from absentie where leerling_id = 'L-B1'").query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from bevolking").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from vrijstelling").query(Long.class).single()).isZero();
        assertThat(signalen("L-NIJ")).contains("VERZUIM_16_UUR");
    }

    @Test
    void eenSchoolSchrijftEenLeerlingVanEenAndereSchoolInMetAlleenZichtOpDeKerngegevens(@TempDir Path tmp) {
        Map<String, String> inschrijving = Map.of("inschrijvingen.csv", """
                leerling_id,school_id,van,tot_en_met
                L-NIJ,21AB00,2025-10-01,
                """);
        var r = inlezen.lees(Testmap.schrijf(tmp.resolve("1"), inschrijving), false, klimboom());
        assertThat(r.volledig()).isTrue();
        assertThat(audit("L-NIJ", "INSCHRIJVEN%")).containsExactly("klimboom SCHOOL: INSCHRIJVEN op 21AB00 via inlezing "
                + r.inlezing() + ": leerling stond al ingeschreven op 21AH00");
        // the same enrolment again is no new one
        inlezen.lees(Testmap.schrijf(tmp.resolve("2"), inschrijving), false, klimboom());
        assertThat(audit("L-NIJ", "INSCHRIJVEN%")).hasSize(1);

        // klimboom sees the pupil's core data, never 21AH00's absence rows or signals
        var bereik = klimboom().bereik();
        var nij = new LeerlingId("L-NIJ");
        assertThat(leerlingen.zichtbaar(bereik, nij)).isPresent();
        assertThat(absenties.van(Bereik.ALLES, nij)).hasSize(3);
        assertThat(absenties.van(bereik, nij)).isEmpty();
        assertThat(signaalopslag.van(Bereik.ALLES, nij)).isNotEmpty();
        assertThat(signaalopslag.van(bereik, nij)).isEmpty();

        // enrolled at 21AB00 now, so klimboom may correct the core data: in the pupil's audit history
        var kern = inlezen.lees(Testmap.schrijf(tmp.resolve("3"), Map.of("leerlingen.csv", """
                leerling_id,geboortedatum,woongemeente,startkwalificatie_op
                L-NIJ,2012-06-01,GM0202,
                """)), false, klimboom());
        assertThat(kern.volledig()).isTrue();
        assertThat(audit("L-NIJ", "WIJZIGEN%")).containsExactly("klimboom SCHOOL: WIJZIGEN leerling via inlezing "
                + kern.inlezing() + ": woongemeente");
    }

    @Test
    void deOpdrachtregelHoudtVolledigBereikEnLegtKerngegevensWijzigingenVast(@TempDir Path tmp) {
        var r = inlezen.lees(Testmap.schrijf(tmp.resolve("map"), Map.of("leerlingen.csv", """
                leerling_id,geboortedatum,woongemeente,startkwalificatie_op
                L-NIJ,2012-06-02,GM0268,2025-06-30
                """)), false, "cli:jan");
        assertThat(r.volledig()).isTrue();
        assertThat(audit("L-NIJ", "WIJZIGEN%")).containsExactly("cli:jan BEHEERDER: WIJZIGEN leerling via inlezing "
                + r.inlezing() + ": geboortedatum, startkwalificatie_op");
        assertThat(auditlog.lees("L-NIJ", 10)).extracting(Auditlog.Regel::handeling)
                .contains("WIJZIGEN leerling via inlezing " + r.inlezing() + ": geboortedatum, startkwalificatie_op");
    }

    private Gebruiker klimboom() {
        return gebruikers.gebruiker("klimboom");
    }

    /** The audit entries of a pupil (one test run: the table is append only) whose handeling is like {@code soort}. */
    private List<String> audit(String leerling, String soort) {
        return jdbc.sql("select gebruiker || ' ' || rol || ': ' || handeling from audit where leerling_id = ?"
                + " and handeling like ? and id > ? order by id").params(leerling, soort, auditVoor).query(String.class).list();
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
