package nl.inbeeld.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.verzuim.Signaaldetectie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The school's forms in the browser: entering and correcting absence (history kept, signals recomputed), and
 * uploading a zip: stored, refused when it holds another school's rows, or nothing stored with the reason.
 */
class SchoolFormulierenBrowserTest extends BrowserTestBasis {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Signaaldetectie detectie;

    Page school;

    @BeforeAll
    void inloggen() {
        school = browser.inloggen(url(""), "klimboom");
    }

    @Test
    void absentieVastleggenEnCorrigerenMetHistorie() {
        String leerling = jdbc.sql("""
                select leerling_id from inschrijving where school_id = '21AB00' and tot_en_met is null
                  and leerling_id not in (select leerling_id from absentie where datum = '2026-03-16')
                order by leerling_id limit 1""").query(String.class).single();
        school.navigate(url("/leerlingen/") + leerling);
        school.fill("#datum", "2026-03-16");
        school.selectOption("#code", "ONGEOORLOOFD");
        school.fill("#minuten", "120");
        school.click("button:has-text(\"Vastleggen\")");
        school.waitForLoadState(LoadState.LOAD);
        assertThat(school.locator("[role=status]").innerText()).contains("vastgelegd");
        // correction: the same day and code with other minutes replaces the row; the old value is in the history
        school.fill("#datum", "2026-03-16");
        school.selectOption("#code", "ONGEOORLOOFD");
        school.fill("#minuten", "60");
        school.click("button:has-text(\"Vastleggen\")");
        school.waitForLoadState(LoadState.LOAD);
        assertThat(jdbc.sql("select minuten from absentie where leerling_id = ? and datum = '2026-03-16'")
                .param(leerling).query(Integer.class).single()).isEqualTo(60);
        assertThat(school.locator("section[aria-labelledby=historie-titel]").innerText()).contains("klimboom", "\"minuten\": 120");
        // a day without lessons is refused with the reason
        school.fill("#datum", "2026-03-14");
        school.fill("#minuten", "60");
        school.click("button:has-text(\"Vastleggen\")");
        school.waitForLoadState(LoadState.LOAD);
        assertThat(school.locator("[role=alert]").innerText()).contains("geen lesdag");
    }

    @Test
    void uploadVanEenAndereSchoolWordtGeweigerd(@TempDir Path tmp) throws Exception {
        Path zip = tmp.resolve("export.zip");
        Files.write(zip, zip("absenties.csv", "leerling_id,school_id,datum,minuten,code\nL-0000001,21AC00,2026-03-16,60,ONGEOORLOOFD\n"));
        school.navigate(url("/inlezen"));
        school.setInputFiles("#map", zip);
        school.click("button:has-text(\"Inlezen\")");
        school.waitForLoadState(LoadState.LOAD);
        // the row is rejected by the import itself (issue 11), with file, line, column and reason; nothing stored
        assertThat(school.locator("main").innerText()).contains("Niets opgeslagen", "absenties.csv", "school_id",
                "21AC00 hoort niet bij uw account");
        assertThat(Browser.toegankelijkheidsfouten(school)).isEmpty();
    }

    @Test
    void uploadVanDeEigenSchoolMetFouteRijToontDeReden(@TempDir Path tmp) throws Exception {
        String leerling = jdbc.sql("select leerling_id from inschrijving where school_id = '21AB00' order by 1 limit 1")
                .query(String.class).single();
        Path zip = tmp.resolve("export.zip");
        Files.write(zip, zip("absenties.csv", "leerling_id,school_id,datum,minuten,code\n" + leerling
                + ",21AB00,2026-03-14,60,ONGEOORLOOFD\n"));
        school.navigate(url("/inlezen"));
        school.setInputFiles("#map", zip);
        school.click("button:has-text(\"Inlezen\")");
        school.waitForLoadState(LoadState.LOAD);
        assertThat(school.locator("main").innerText()).contains("Niets opgeslagen", "absenties.csv", "geen lesdag");
    }

    @Test
    void uploadVanDeEigenSchoolWordtOpgeslagen(@TempDir Path tmp) throws Exception {
        String leerling = jdbc.sql("""
                select leerling_id from inschrijving i where school_id = '21AB00' and van <= date '2026-03-16'
                  and (tot_en_met is null or tot_en_met >= date '2026-03-16') and not exists (select 1 from absentie a
                    where a.leerling_id = i.leerling_id and a.datum = date '2026-03-16')
                order by 1 desc limit 1""").query(String.class).single();
        Path zip = tmp.resolve("export.zip");
        Files.write(zip, zip("absenties.csv", "leerling_id,school_id,datum,minuten,code\n" + leerling
                + ",21AB00,2026-03-16,45,ONGEOORLOOFD\n"));
        try {
            school.navigate(url("/inlezen"));
            school.setInputFiles("#map", zip);
            school.click("button:has-text(\"Inlezen\")");
            school.waitForLoadState(LoadState.LOAD);
            assertThat(school.locator("#uitslag").innerText()).isEqualTo("Alles ingelezen");
            assertThat(jdbc.sql("select minuten from absentie where leerling_id = ? and datum = date '2026-03-16'")
                    .param(leerling).query(Integer.class).single()).isEqualTo(45);
            assertThat(Browser.toegankelijkheidsfouten(school)).isEmpty();
        } finally {
            // the demo region as it was for the other tests: the row gone and the pupil's signals recomputed
            jdbc.sql("delete from absentie where leerling_id = ? and datum = date '2026-03-16'").param(leerling).update();
            detectie.herbereken(List.of(new LeerlingId(leerling)));
        }
    }

    private static byte[] zip(String naam, String inhoud) throws Exception {
        var uit = new ByteArrayOutputStream();
        try (var z = new ZipOutputStream(uit)) {
            z.putNextEntry(new ZipEntry("export/" + naam));
            z.write(inhoud.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return uit.toByteArray();
    }
}
