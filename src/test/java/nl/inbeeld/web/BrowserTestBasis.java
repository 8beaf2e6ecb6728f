package nl.inbeeld.web;

import nl.inbeeld.demo.DemoLader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The running application on the demo region and its demo day, with headless Chromium for the browser tests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "inbeeld.klok.vandaag=2026-03-16")
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBasis {

    @LocalServerPort
    int poort;

    @Autowired
    DemoLader demo;

    Browser browser;

    @BeforeAll
    void startBrowser() throws Exception {
        if (!demo.isGeladen()) demo.laad();
        browser = new Browser();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) browser.close();
    }

    String url(String pad) {
        return "http://localhost:" + poort + pad;
    }
}
