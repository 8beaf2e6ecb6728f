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

    Page nieuwePagina() {
        return browser.newContext(new NewContextOptions().setLocale("nl-NL").setViewportSize(1400, 1000)).newPage();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
