package nl.inbeeld.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11: the pages work under the Content-Security-Policy (no inline script, no inline style): the pupil page's
 * chart is drawn from a static script, and no page makes the browser report a CSP violation.
 */
class BeveiligingskoppenBrowserTest extends BrowserTestBasis {

    @Autowired
    JdbcClient jdbc;

    @Test
    void grafiekWordtGetekendZonderCspSchending() {
        String leerling = jdbc.sql("""
                select a.leerling_id from absentie a join inschrijving i using (leerling_id)
                where i.school_id = '21AB00' and a.school_id = '21AB00' and a.datum between '2026-01-05' and '2026-03-13'
                group by 1 order by count(*) desc, 1 limit 1""").query(String.class).single();
        Page school = browser.inloggen(url(""), "klimboom");
        List<String> schendingen = bewaak(school);

        var antwoord = school.navigate(url("/leerlingen/" + leerling));
        school.waitForLoadState(LoadState.NETWORKIDLE);

        assertThat(antwoord.headers().get("content-security-policy")).contains("script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(school.locator("script:not([src])").count()).isZero();
        Object getekend = school.evaluate("""
                () => {
                  const c = document.getElementById('weken');
                  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  let gekleurd = 0;
                  for (let i = 3; i < d.length; i += 4) if (d[i] > 0) gekleurd++;
                  return gekleurd;
                }""");
        assertThat(((Number) getekend).intValue()).as("gekleurde pixels in de grafiek").isGreaterThan(500);
        assertThat(schendingen).isEmpty();
    }

    @Test
    void geenCspSchendingOpDePaginas() {
        Page school = browser.inloggen(url(""), "klimboom");
        List<String> schendingen = bewaak(school);
        for (String pad : List.of("/", "/meldingen", "/inlezen", "/api/docs/ui.html")) {
            school.navigate(url(pad));
            school.waitForLoadState(LoadState.NETWORKIDLE);
        }
        long melding = jdbc.sql("select min(id) from melding where school_id = '21AB00'").query(Long.class).single();
        assertThat(school.locator("body").innerText()).contains("/api/v1/meldingen");
        school.navigate(url("/meldingen/" + melding));
        school.waitForLoadState(LoadState.NETWORKIDLE);
        Page beheer = browser.inloggen(url(""), "beheer");
        schendingen.addAll(bewaak(beheer));
        beheer.navigate(url("/audit"));
        beheer.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(schendingen).isEmpty();
    }

    /** Collects what the browser reports about the CSP: console messages and securitypolicyviolation events. */
    private static List<String> bewaak(Page pagina) {
        List<String> gemeld = new ArrayList<>();
        pagina.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) gemeld.add(m.text());
        });
        pagina.addInitScript("document.addEventListener('securitypolicyviolation',"
                + " e => console.error('Refused to: CSP ' + e.violatedDirective + ' ' + e.blockedURI));");
        return gemeld;
    }
}
