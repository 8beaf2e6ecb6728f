package nl.inbeeld.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import nl.inbeeld.demo.DemoLader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The home page in headless Chromium on the demo region, on the demo day; saves a screenshot. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "inbeeld.klok.vandaag=2026-03-16")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StartpaginaBrowserTest {

    @LocalServerPort
    int poort;

    @Autowired
    DemoLader demo;

    Browser browser;

    @BeforeAll
    void start() throws Exception {
        if (!demo.isGeladen()) demo.laad();
        browser = new Browser();
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
    }

    @Test
    void zonderInloggenNaarHetInlogscherm() {
        Page pagina = browser.nieuwePagina();
        pagina.navigate("http://localhost:" + poort + "/");
        assertThat(pagina.url()).endsWith("/login");
        assertThat(Browser.toegankelijkheidsfouten(pagina)).isEmpty();
    }

    @Test
    void naInloggenDeSignalenPerSchool() {
        Page pagina = browser.inloggen("http://localhost:" + poort, "beheer");
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
        pagina.navigate("http://localhost:" + poort + "/audit");
        assertThat(Browser.toegankelijkheidsfouten(pagina)).isEmpty();
    }
}
