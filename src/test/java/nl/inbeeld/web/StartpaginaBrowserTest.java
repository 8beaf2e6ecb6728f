package nl.inbeeld.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The home page in headless Chromium on the demo region, on the demo day; saves a screenshot. */
class StartpaginaBrowserTest extends BrowserTestBasis {

    @Test
    void zonderInloggenNaarHetInlogscherm() {
        Page pagina = browser.nieuwePagina();
        pagina.navigate(url("/"));
        assertThat(pagina.url()).endsWith("/login");
        assertThat(Browser.toegankelijkheidsfouten(pagina)).isEmpty();
    }

    @Test
    void naInloggenDeSignalenPerSchool() {
        Page pagina = browser.inloggen(url(""), "beheer");
        assertThat(pagina.title()).contains("InBeeld");
        assertThat(pagina.locator("main").innerText()).contains("maandag 16 maart 2026");
        assertThat(pagina.locator("section.school").count()).isEqualTo(10);
        assertThat(pagina.locator("main").innerText()).contains("16 uur in 4 lesweken", "Langdurig relatief verzuim", "Vandaag ontstaan");
        pagina.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/start.png")).setFullPage(false));
        assertThat(Browser.toegankelijkheidsfouten(pagina)).isEmpty();
        // the pupil page of a pupil with a 16-hour signal: chart, signals, history
        pagina.locator("tr.verplicht td.id a").first().click();
        pagina.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        assertThat(pagina.locator("h2#titel").innerText()).startsWith("Leerling");
        assertThat(pagina.locator("main").innerText()).contains("16 uur in 4 lesweken", "Verzuim per week");
        pagina.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/leerling.png")).setFullPage(false));
        assertThat(Browser.toegankelijkheidsfouten(pagina)).isEmpty();
        pagina.navigate(url("/audit"));
        assertThat(Browser.toegankelijkheidsfouten(pagina)).isEmpty();
    }
}
