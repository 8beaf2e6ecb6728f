package nl.inbeeld.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a leerplichtambtenaar sees in the browser (README, "Who sees what"): on the start page counts per school and no
 * pupil without a ground; from the inbox a melded pupil's page with the absence of the melding's period and the 4
 * lesweken before only, and no school-protocol signals; a pupil without a ground is "niet gevonden".
 */
class LeerplichtZichtBrowserTest extends BrowserTestBasis {

    @Autowired
    JdbcClient jdbc;

    @Test
    void leerplichtZietTellingenEnAlleenGemeldeLeerlingen() {
        Page lpa = browser.inloggen(url(""), "lpa.arnhem");
        String start = lpa.locator("main").innerText();
        assertThat(start).contains("Dit schooljaar");
        // every pupil link on the start page is a pupil with a melding sent to Arnhem
        for (String href : lpa.locator("a[href^='/leerlingen/']").all().stream().map(a -> a.getAttribute("href")).toList()) {
            String id = href.substring("/leerlingen/".length());
            assertThat(jdbc.sql("select count(*) from melding where leerling_id = ? and melden_aan = 'GM0202'"
                    + " and status in ('VERZONDEN','IN_BEHANDELING','AFGESLOTEN')").param(id).query(Long.class).single())
                    .as("link naar " + id).isPositive();
        }
        lpa.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/leerplicht-start.png")));
        assertThat(Browser.toegankelijkheidsfouten(lpa)).isEmpty();

        // from the inbox to a melded pupil
        lpa.navigate(url("/meldingen?status=IN_BEHANDELING"));
        lpa.locator("td a[href^='/leerlingen/']").first().click();
        lpa.waitForLoadState(LoadState.LOAD);
        String leerling = lpa.url().substring(lpa.url().lastIndexOf('/') + 1);
        String pagina = lpa.locator("main").innerText();
        assertThat(pagina).doesNotContain("Ziekmelding te laat", "MAZL", "Vermoeden luxe verzuim", "Herhaald te laat",
                "Historie van wijzigingen", "Absentie vastleggen");
        assertThat(pagina).contains("4 lesweken ervoor");
        var venster = jdbc.sql("""
                select min(lesweken_terug(school_id, begindatum, 4)), max(einddatum) from melding
                where leerling_id = ? and melden_aan = 'GM0202' and status in ('VERZONDEN','IN_BEHANDELING','AFGESLOTEN')""")
                .param(leerling).query((rs, i) -> new java.time.LocalDate[] {rs.getObject(1, java.time.LocalDate.class),
                        rs.getObject(2, java.time.LocalDate.class)}).single();
        long buitenVenster = jdbc.sql("select count(*) from absentie where leerling_id = ? and (datum < ? or datum > ?)")
                .params(leerling, venster[0], venster[1]).query(Long.class).single();
        long binnen = jdbc.sql("select count(*) from absentie where leerling_id = ? and datum between ? and ?"
                + " and woongemeente_op(leerling_id, datum) = 'GM0202'").params(leerling, venster[0], venster[1])
                .query(Long.class).single();
        // the page's absence table has exactly the rows of the window (one row per absence, plus its header)
        assertThat(lpa.locator("section[aria-labelledby=absenties-titel] tbody tr").count()).as("rijen binnen het venster, %d erbuiten verborgen", buitenVenster)
                .isEqualTo((int) binnen);
        lpa.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/leerplicht-leerling.png")));
        assertThat(Browser.toegankelijkheidsfouten(lpa)).isEmpty();

        // a resident without a ground: the same answer as a pupil that does not exist
        String zonderGrond = jdbc.sql("""
                select l.leerling_id from leerling l where l.woongemeente = 'GM0202'
                  and not exists (select 1 from inzagegrond g where g.leerling_id = l.leerling_id) order by 1 limit 1""")
                .query(String.class).single();
        lpa.navigate(url("/leerlingen/" + zonderGrond));
        assertThat(lpa.locator("main").innerText()).containsIgnoringCase("niet gevonden");
    }
}
