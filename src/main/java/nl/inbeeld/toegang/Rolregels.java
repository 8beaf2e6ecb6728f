package nl.inbeeld.toegang;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which roles may take which step, checked in the security filter chain before the request reaches a controller: a
 * user whose role may not use an endpoint is refused (403) before any of its input is read or checked
 * (authorisation before validation, issue 11). The services check the finer rights again (the school of the pupil,
 * the woongemeente of the melding); these rules only gate by role.
 */
final class Rolregels {

    /** One rule: requests with this method and path are for these roles; {@code reden} says so in Dutch. */
    record Rolregel(HttpMethod methode, String patroon, String reden, Rol... rollen) {
        RequestMatcher matcher() {
            return PathPatternRequestMatcher.withDefaults().matcher(methode, patroon);
        }

        String[] rolnamen() {
            return Arrays.stream(rollen).map(Rol::name).toArray(String[]::new);
        }
    }

    private static final String SCHOOL_MELDT = "Alleen een medewerker van de school van de leerling kan een melding maken of verzenden.";
    private static final String SCHOOL_TREKT_IN = "Alleen een medewerker van de school van de leerling kan een melding intrekken.";
    private static final String LEERPLICHT_BEHANDELT = "Alleen de leerplichtambtenaar van de woongemeente kan een melding"
            + " in behandeling nemen of afsluiten.";
    private static final String SCHOOL_ADMINISTREERT = "Alleen de school kan haar verzuimadministratie wijzigen of inlezen.";

    static final List<Rolregel> REGELS = List.of(
            new Rolregel(HttpMethod.POST, "/api/v1/meldingen/overig", SCHOOL_MELDT, Rol.SCHOOL),
            new Rolregel(HttpMethod.POST, "/api/v1/meldingen/{id}/verzenden", SCHOOL_MELDT, Rol.SCHOOL),
            new Rolregel(HttpMethod.POST, "/api/v1/meldingen/{id}/intrekken", SCHOOL_TREKT_IN, Rol.SCHOOL),
            new Rolregel(HttpMethod.POST, "/api/v1/meldingen/{id}/in-behandeling", LEERPLICHT_BEHANDELT, Rol.LEERPLICHT),
            new Rolregel(HttpMethod.POST, "/api/v1/meldingen/{id}/afsluiten", LEERPLICHT_BEHANDELT, Rol.LEERPLICHT),
            new Rolregel(HttpMethod.POST, "/meldingen/overig", SCHOOL_MELDT, Rol.SCHOOL),
            new Rolregel(HttpMethod.POST, "/meldingen/{id}/verzenden", SCHOOL_MELDT, Rol.SCHOOL),
            new Rolregel(HttpMethod.POST, "/meldingen/{id}/intrekken", SCHOOL_TREKT_IN, Rol.SCHOOL),
            new Rolregel(HttpMethod.POST, "/meldingen/{id}/in-behandeling", LEERPLICHT_BEHANDELT, Rol.LEERPLICHT),
            new Rolregel(HttpMethod.POST, "/meldingen/{id}/afsluiten", LEERPLICHT_BEHANDELT, Rol.LEERPLICHT),
            // a beheerder sees no pupil data (but by inzage met reden, to read) and the command line imports as the system
            new Rolregel(HttpMethod.POST, "/leerlingen/{id}/absenties", SCHOOL_ADMINISTREERT, Rol.SCHOOL),
            new Rolregel(HttpMethod.POST, "/inlezen", SCHOOL_ADMINISTREERT, Rol.SCHOOL),
            new Rolregel(HttpMethod.POST, "/api/v1/inlezen", SCHOOL_ADMINISTREERT, Rol.SCHOOL));

    private Rolregels() {}

    /** Adds every rule to a filter chain's authorisation (before its catch-all rule); returns the registry. */
    static <H extends org.springframework.security.config.annotation.web.HttpSecurityBuilder<H>>
            AuthorizeHttpRequestsConfigurer<H>.AuthorizationManagerRequestMatcherRegistry toepassen(
                    AuthorizeHttpRequestsConfigurer<H>.AuthorizationManagerRequestMatcherRegistry regels) {
        for (Rolregel r : REGELS) regels.requestMatchers(r.matcher()).hasAnyRole(r.rolnamen());
        return regels;
    }

    /** The Dutch reason of the rule a refused request fell under, if any. */
    static Optional<String> reden(HttpServletRequest verzoek) {
        return REGELS.stream().filter(r -> r.matcher().matches(verzoek)).map(Rolregel::reden).findFirst();
    }
}
