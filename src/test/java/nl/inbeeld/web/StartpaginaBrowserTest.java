package nl.inbeeld.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The home page in headless Chromium on the demo region, on the demo day; saves a screenshot. */
class StartpaginaBrowserTest extends BrowserTestBasis {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;


    @Test
    void zonderInloggenNaarHetInlogscherm() {
        Page pagina = browser.nieuwePagina();
        pagina.navigate(url("/"));
        assertThat(pagina.url()).endsWith("/login");
        assertThat(Browser.toegankelijkheidsfouten(pagina)).isEmpty();
    }

    @Test
    void naInloggenDeSignalenPerSchool() {
        // a beheerder sees every school as counts, and no pupil (no ids, no links)
        Page beheer = browser.inloggen(url(""), "beheer");
        assertThat(beheer.title()).contains("InBeeld");
        assertThat(beheer.locator("main").innerText()).contains("maandag 16 maart 2026");
        assertThat(beheer.locator("section.school").count()).isEqualTo(10);
        assertThat(beheer.locator("main").innerText()).contains("16 uur in 4 lesweken", "Langdurig relatief verzuim", "Dit schooljaar");
        assertThat(beheer.locator("a[href^='/leerlingen/']").count()).isZero();
        assertThat(Browser.toegankelijkheidsfouten(beheer)).isEmpty();
        beheer.navigate(url("/audit"));
        assertThat(Browser.toegankelijkheidsfouten(beheer)).isEmpty();

        // the school with a 16-hour signal today sees it by name, and opens the pupil page: chart, signals, history
        String school = jdbc.sql("""
                select school_id from signaal where einddatum = '2026-03-16' and verplicht
                  and school_id in ('21AB00', '21AH00', '21AJ00') order by school_id limit 1""").query(String.class).single();
        Page pagina = browser.inloggen(url(""), school.equals("21AB00") ? "klimboom" : "stedelijk");
        assertThat(pagina.locator("main").innerText()).contains("Vandaag ontstaan");
        pagina.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/start.png")).setFullPage(false));
        assertThat(Browser.toegankelijkheidsfouten(pagina)).isEmpty();
        pagina.locator("tr.verplicht td.id a").first().click();
        pagina.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        assertThat(pagina.locator("h2#titel").innerText()).startsWith("Leerling");
        assertThat(pagina.locator("main").innerText()).contains("16 uur in 4 lesweken", "Verzuim per week");
        pagina.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/leerling.png")).setFullPage(false));
        assertThat(Browser.toegankelijkheidsfouten(pagina)).isEmpty();
    }
}
