package nl.inbeeld.web;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Headless Debian Chromium driven by Playwright for Java (no browser download): the {@code chromium} binary on
 * the PATH, with the flags this machine's closed network needs.
 */
final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    Browser() {
        Path chromium = Stream.of(System.getenv("PATH").split(":")).map(d -> Path.of(d, "chromium"))
                .filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("chromium niet gevonden op het PATH (apt-get install chromium)"));
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** A new page, logged in through the login form as a demo account (password inbeeld-demo). */
    Page inloggen(String basis, String naam) {
        Page pagina = nieuwePagina();
        pagina.navigate(basis + "/login");
        pagina.fill("#username", naam);
        pagina.fill("#password", "inbeeld-demo");
        pagina.click("form.kaart button[type=submit]");
        pagina.waitForURL(u -> !u.contains("/login"));
        pagina.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        return pagina;
    }

    Page nieuwePagina() {
        return browser.newContext(new NewContextOptions().setLocale("nl-NL").setViewportSize(1400, 1000)).newPage();
    }

    /** A new page in a browser context with JavaScript switched off: what works here needs no script. */
    Page nieuwePaginaZonderScript() {
        return browser.newContext(new NewContextOptions().setLocale("nl-NL").setViewportSize(1400, 1000)
                .setJavaScriptEnabled(false)).newPage();
    }

    /**
     * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page and returns one line per violation: rule, impact,
     * and the first offending elements.
     */
    static java.util.List<String> toegankelijkheidsfouten(Page pagina) {
        // from the application's own webjar path (the axe-core test dependency is on its class path): the pages'
        // Content-Security-Policy allows scripts only from 'self', so axe cannot be injected as inline script
        pagina.addScriptTag(new Page.AddScriptTagOptions().setUrl(java.net.URI.create(pagina.url())
                .resolve("/webjars/axe-core/4.6.3/axe.min.js").toString()));
        Object uitslag = pagina.evaluate("""
                async () => {
                  const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});
                  return r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
                }""");
        @SuppressWarnings("unchecked")
        var lijst = (java.util.List<String>) uitslag;
        return lijst;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
