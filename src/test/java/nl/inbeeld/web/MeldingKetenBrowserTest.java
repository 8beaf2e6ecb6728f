package nl.inbeeld.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The chain in the browser (issue 3): a school user sees a 16-hour signal and sends the melding; the leerplicht
 * user of the pupil's gemeente sees it in the inbox, accepts it and closes it with a message; the school sees the
 * message; a leerplicht user of another gemeente cannot open the pupil or the melding. Screenshots of the main pages.
 */
class MeldingKetenBrowserTest extends BrowserTestBasis {

    private static final Map<String, String> LPA = Map.of("GM0202", "lpa.arnhem", "GM0268", "lpa.nijmegen", "GM1734", "lpa.overbetuwe");

    @Autowired
    JdbcClient jdbc;

    private Page inloggen(String naam) {
        return browser.inloggen(url(""), naam);
    }

    private static void foto(Page pagina, String naam) {
        pagina.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + naam + ".png")));
    }

    @Test
    void vanSignaalViaMeldingNaarTerugkoppeling() {
        // a 16-hour melding draft of school 21AB00 (klimboom)
        var concept = jdbc.sql("""
                select id, leerling_id, melden_aan from melding where school_id = '21AB00' and soort = 'VERZUIM_16_UUR'
                  and status = 'CONCEPT' order by id limit 1""").query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        String id = concept[0], leerling = concept[1], gemeente = concept[2];
        String lpa = LPA.get(gemeente);
        String andere = LPA.entrySet().stream().filter(e -> !e.getKey().equals(gemeente)).findFirst().orElseThrow().getValue();

        // the school sees the 16-hour signal on its dashboard and sends the melding
        Page school = inloggen("klimboom");
        assertThat(school.locator("main").innerText()).contains("16 uur in 4 lesweken");
        foto(school, "school-start");
        school.navigate(url("/meldingen"));
        assertThat(school.locator("main").innerText()).contains(leerling);
        foto(school, "school-meldingen");
        assertThat(Browser.toegankelijkheidsfouten(school)).isEmpty();
        school.navigate(url("/meldingen/" + id));
        school.fill("#watSchoolDeed", "Gesprek met ouders op 10 maart; leerling komt niet opdagen.");
        school.click("button:has-text(\"Verzenden naar leerplicht\")");
        school.waitForLoadState(LoadState.LOAD);
        assertThat(school.locator("[role=status]").innerText()).contains("verzonden");
        assertThat(Browser.toegankelijkheidsfouten(school)).isEmpty();

        // the leerplichtambtenaar of the pupil's gemeente: inbox, accept, close with a message
        Page leerplicht = inloggen(lpa);
        leerplicht.navigate(url("/meldingen"));
        assertThat(leerplicht.locator("main").innerText()).contains(leerling);
        foto(leerplicht, "leerplicht-inbox");
        assertThat(Browser.toegankelijkheidsfouten(leerplicht)).isEmpty();
        leerplicht.navigate(url("/meldingen/" + id));
        leerplicht.click("button:has-text(\"In behandeling nemen\")");
        leerplicht.waitForLoadState(LoadState.LOAD);
        leerplicht.selectOption("#uitkomst", "GESPREK_GEVOERD");
        leerplicht.fill("#terugkoppeling", "Gesprek gevoerd met ouders en leerling; afspraken gemaakt over aanwezigheid.");
        leerplicht.click("button:has-text(\"Afsluiten\")");
        leerplicht.waitForLoadState(LoadState.LOAD);
        assertThat(leerplicht.locator("main").innerText()).contains("Afgesloten");
        foto(leerplicht, "leerplicht-melding");
        assertThat(Browser.toegankelijkheidsfouten(leerplicht)).isEmpty();

        // the school sees the terugkoppeling
        school.navigate(url("/meldingen/" + id));
        assertThat(school.locator(".terugkoppeling").innerText()).contains("afspraken gemaakt over aanwezigheid");

        // a leerplicht user of another gemeente can open neither the pupil nor the melding
        Page ander = inloggen(andere);
        assertThat(ander.navigate(url("/leerlingen/" + leerling)).status()).isEqualTo(404);
        assertThat(ander.navigate(url("/meldingen/" + id)).status()).isEqualTo(404);
        ander.navigate(url("/meldingen?status=AFGESLOTEN"));
        assertThat(ander.locator("main").innerText()).doesNotContain(leerling);
    }
}
