package nl.inbeeld.toegang;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security headers of every answer (pages, API, static files), for both filter chains:
 * <ul>
 *   <li>{@code Content-Security-Policy}: scripts, styles, images, fonts and connections only from InBeeld itself;
 *       no inline script and no inline style (the pages keep their script in {@code static/js/} and their style in
 *       {@code static/css/inbeeld.css}; data for a script travels in {@code data-} attributes), no plugins, no
 *       framing ({@code frame-ancestors 'none'}), {@code base-uri 'self'}. Images may also be {@code data:} URLs
 *       (the OpenAPI documentation's icons). The one exception: the OpenAPI documentation's Swagger UI (a third-party
 *       page under {@code /api/docs/**} and {@code /swagger-ui/**}) inserts {@code <style>} elements, so there
 *       {@code style-src} also allows {@code 'unsafe-inline'} (style only; its scripts stay {@code 'self'});</li>
 *   <li>{@code Referrer-Policy: same-origin}: addresses with a pupil's id never leave InBeeld in a Referer;</li>
 *   <li>{@code Permissions-Policy}: camera, microphone, geolocation, payment, USB and the like off;</li>
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, no caching of pages (Spring
 *       Security's defaults, kept);</li>
 *   <li>{@code Strict-Transport-Security} (one year, subdomains) on requests that came in over TLS:
 *       {@code server.ssl.enabled}, or behind a proxy that sets {@code X-Forwarded-Proto: https} with
 *       {@code server.forward-headers-strategy=native}. Spring Security writes it only on secure requests, as
 *       RFC 6797 requires; over TLS the servlet container also marks the session cookie {@code Secure}.</li>
 * </ul>
 */
final class Beveiligingskoppen {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    static final String CSP_DOCUMENTATIE = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private static final RequestMatcher DOCUMENTATIE = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/docs/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"));

    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(),"
            + " bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(),"
            + " browsing-topics=()";

    private Beveiligingskoppen() {}

    static void toepassen(HeadersConfigurer<HttpSecurity> koppen) {
        koppen.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(DOCUMENTATIE),
                        new StaticHeadersWriter("Content-Security-Policy", CSP)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(DOCUMENTATIE,
                        new StaticHeadersWriter("Content-Security-Policy", CSP_DOCUMENTATIE)))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS))
                .httpStrictTransportSecurity(h -> h.maxAgeInSeconds(365L * 24 * 3600).includeSubDomains(true))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
    }
}
