package nl.inbeeld.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The accounts page of the administrator in Chromium with JavaScript switched off (issue 11): create an account (a
 * wrong gemeentecode is refused in Dutch and loses nothing typed), block it (it cannot log in), unblock it, reset its
 * password, change its scope, and log in with the new password.
 */
class AccountbeheerBrowserTest extends BrowserTestBasis {

    @Test
    void eenBeheerderBeheertAccountsZonderScript() {
        Page beheer = inloggen("beheer", "inbeeld-demo");
        beheer.navigate(url("/beheer/accounts"));
        assertThat(beheer.locator("table").innerText()).contains("klimboom").contains("scholen 21AB00");

        beheer.fill("#nieuw-naam", "browser.lpa");
        beheer.fill("#nieuw-wachtwoord", "een wachtwoord van de browser");
        beheer.selectOption("#nieuw-rol", "LEERPLICHT");
        beheer.fill("#nieuw-gemeenten", "GM268");
        beheer.click("text=Account aanmaken");
        assertThat(beheer.locator(".fout").innerText()).contains("'GM268' is geen geldige gemeentecode");
        assertThat(beheer.inputValue("#nieuw-naam")).isEqualTo("browser.lpa");
        assertThat(beheer.inputValue("#nieuw-gemeenten")).isEqualTo("GM268");
        assertThat(beheer.inputValue("#nieuw-rol")).isEqualTo("LEERPLICHT");

        beheer.fill("#nieuw-wachtwoord", "een wachtwoord van de browser");
        beheer.fill("#nieuw-gemeenten", "GM0268");
        beheer.click("text=Account aanmaken");
        assertThat(beheer.locator(".melding").innerText()).isEqualTo("Account 'browser.lpa' is aangemaakt.");
        assertThat(beheer.locator("#account-browser\\.lpa").innerText()).contains("gemeenten GM0268").contains("actief");

        beheer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Blokkeren: browser.lpa")).click();
        assertThat(beheer.locator(".melding").innerText()).isEqualTo("Account 'browser.lpa' is geblokkeerd.");
        Page geweigerd = poging("browser.lpa", "een wachtwoord van de browser");
        assertThat(geweigerd.url()).endsWith("/login?error");
        assertThat(geweigerd.locator(".fout").innerText()).startsWith("Inloggen mislukt.");

        beheer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deblokkeren: browser.lpa")).click();
        assertThat(beheer.locator(".melding").innerText()).isEqualTo("Account 'browser.lpa' is gedeblokkeerd.");
        beheer.getByLabel("Nieuw wachtwoord voor browser.lpa").fill("het nieuwe wachtwoord van de browser");
        beheer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord instellen: browser.lpa")).click();
        assertThat(beheer.locator(".melding").innerText()).isEqualTo("Het wachtwoord van 'browser.lpa' is opnieuw ingesteld.");
        beheer.getByLabel("Gemeenten van browser.lpa").fill("GM0268 GM0202");
        beheer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bereik opslaan: browser.lpa")).click();
        assertThat(beheer.locator(".melding").innerText()).isEqualTo("Het bereik van 'browser.lpa' is nu: gemeenten GM0202, GM0268.");

        assertThat(poging("browser.lpa", "een wachtwoord van de browser").url()).endsWith("/login?error");
        Page ingelogd = poging("browser.lpa", "het nieuwe wachtwoord van de browser");
        assertThat(ingelogd.url()).isEqualTo(url("/"));
        assertThat(ingelogd.locator(".wie").innerText()).isEqualTo("browser.lpa (leerplicht)");
    }

    @Test
    void deAccountpaginaIsToegankelijk() {
        Page pagina = browser.inloggen(url(""), "beheer");
        pagina.navigate(url("/beheer/accounts"));
        assertThat(Browser.toegankelijkheidsfouten(pagina)).isEmpty();
    }

    private Page inloggen(String naam, String wachtwoord) {
        Page pagina = poging(naam, wachtwoord);
        assertThat(pagina.url()).isEqualTo(url("/"));
        return pagina;
    }

    /** A login through the form in a fresh browser without script. */
    private Page poging(String naam, String wachtwoord) {
        Page pagina = browser.nieuwePaginaZonderScript();
        pagina.navigate(url("/login"));
        pagina.fill("#username", naam);
        pagina.fill("#password", wachtwoord);
        pagina.click("form.kaart button[type=submit]");
        pagina.waitForLoadState();
        return pagina;
    }
}
