package nl.inbeeld.toegang;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * The optional login through an OIDC provider of the municipality (Spring Security's OAuth2 client, authorization
 * code flow), on when {@code inbeeld.oidc.issuer-uri} is set ({@link Oidcinstellingen}). Role and scope come from the
 * claims ({@link Oidcclaims}); a user without a valid role claim is refused at login with a Dutch message
 * ({@code /login?geenrol}) and, should such a session exist, sees nothing ({@link Gebruikers#huidige()}).
 */
@Component
@ConditionalOnExpression("!'${inbeeld.oidc.issuer-uri:}'.isBlank()")
class Oidcaanmelding {

    static final String REGISTRATIE = "oidc";
    private static final String GEEN_ROL = "inbeeld_geen_rol";

    private final ClientRegistrationRepository registraties;
    private final String naamClaim;
    private final OidcUserService gebruikers = new OidcUserService();

    Oidcaanmelding(Oidcinstellingen instellingen) {
        this.naamClaim = instellingen.naamClaim();
        this.registraties = new InMemoryClientRegistrationRepository(
                ClientRegistrations.fromOidcIssuerLocation(instellingen.issuerUri())
                        .registrationId(REGISTRATIE)
                        .clientName("uw organisatie")
                        .clientId(instellingen.clientId())
                        .clientSecret(instellingen.clientSecret())
                        .scope(instellingen.scopes())
                        // sub is always there; the name claim is checked in gebruiker(...) and refused with a message
                        .userNameAttributeName("sub")
                        .build());
    }

    /** Adds the OIDC login to the security configuration, beside the login form ({@code /login} for both). */
    void toepassen(HttpSecurity http) throws Exception {
        http.oauth2Login(o -> o.loginPage("/login")
                .clientRegistrationRepository(registraties)
                .userInfoEndpoint(u -> u.oidcUserService(this::gebruiker))
                .failureHandler((verzoek, antwoord, fout) -> antwoord.sendRedirect(verzoek.getContextPath() + "/login?"
                        + (fout instanceof OAuth2AuthenticationException o2 && GEEN_ROL.equals(o2.getError().getErrorCode())
                                ? "geenrol" : "error"))));
    }

    /** The OIDC user with the authority of the role in its claims; refused without a valid role and scope. */
    private OidcUser gebruiker(OidcUserRequest verzoek) {
        OidcUser gebruiker = gebruikers.loadUser(verzoek);
        Object naam = gebruiker.getClaims().get(naamClaim);
        Gebruiker inbeeld = naam instanceof String n && !n.isBlank() ? Oidcclaims.geldig(n, gebruiker.getClaims()) : null;
        if (inbeeld == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error(GEEN_ROL, Oidcclaims.GEEN_TOEGANG, null),
                    Oidcclaims.GEEN_TOEGANG);
        }
        List<GrantedAuthority> rechten = new ArrayList<>(gebruiker.getAuthorities());
        rechten.add(new SimpleGrantedAuthority("ROLE_" + inbeeld.rol().name()));
        return new DefaultOidcUser(rechten, gebruiker.getIdToken(), gebruiker.getUserInfo(), naamClaim);
    }
}
