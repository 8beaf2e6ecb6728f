package nl.inbeeld.toegang;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The REST API ({@code /api/**} except its documentation) answers only to HTTP Basic, in a filter chain of its own
 * that is stateless: it neither reads nor creates a session, so the login form's session cookie gives no access to
 * the API. Why this and not CSRF tokens on the API: the API is for systems (a school's administration package, a
 * municipality's case system), which authenticate per request and cannot fetch a CSRF token from a page; no page of
 * InBeeld calls the API from the browser (the pages post forms, which carry the CSRF token of the form-login
 * chain). A same-site page that makes the browser post to the API therefore gets 401, whatever cookie it carries.
 * The OpenAPI documentation ({@code /api/docs/**}, read-only GETs) stays with the page chain, so a logged-in user
 * can read it in the browser.
 *
 * <p>Refusals by the chain are Dutch ProblemDetails: 401 with {@code WWW-Authenticate: Basic}, and 403 naming the
 * role rule ({@link Rolregels}) the request fell under.
 */
@Configuration(proxyBeanMethods = false)
class ApiBeveiliging {

    /** The API's paths: {@code /api/**} without {@code /api/docs} and below. */
    static final RequestMatcher API = new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
            new NegatedRequestMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/docs"),
                    PathPatternRequestMatcher.withDefaults().matcher("/api/docs/**"))));

    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain apiFilterketen(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint nietIngelogd = (verzoek, antwoord, fout) -> {
            antwoord.setHeader("WWW-Authenticate", "Basic realm=\"InBeeld API\", charset=\"UTF-8\"");
            Probleem.schrijf(verzoek, antwoord, HttpStatus.UNAUTHORIZED, "Niet aangemeld",
                    "Meld u aan met HTTP Basic (gebruikersnaam en wachtwoord); de API gebruikt geen sessiecookie.");
        };
        AccessDeniedHandler geweigerd = (verzoek, antwoord, fout) -> Probleem.schrijf(verzoek, antwoord,
                HttpStatus.FORBIDDEN, "Niet toegestaan", Rolregels.reden(verzoek)
                        .orElse("Uw rol geeft geen toegang tot dit deel van InBeeld."));
        http.securityMatcher(API)
                .authorizeHttpRequests(a -> {
                    Rolregels.toepassen(a);
                    a.anyRequest().authenticated();
                })
                .httpBasic(b -> b.authenticationEntryPoint(nietIngelogd))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(nietIngelogd).accessDeniedHandler(geweigerd))
                .headers(Beveiligingskoppen::toepassen);
        return http.build();
    }
}
