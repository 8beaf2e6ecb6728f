package nl.inbeeld.toegang;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the optional OIDC login ({@code inbeeld.oidc.*}); off while {@code issuer-uri} is empty. The provider's
 * discovery document ({@code issuer-uri + /.well-known/openid-configuration}) is read at start-up. The redirect URI to
 * register at the provider is {@code https://<host>/login/oauth2/code/oidc}.
 *
 * @param issuerUri the issuer, e.g. {@code https://login.gemeente.nl/realms/inbeeld}
 * @param clientId the client id InBeeld has at the provider
 * @param clientSecret its secret (client_secret_basic)
 * @param naamClaim the claim that names the user in InBeeld and its audit log (default {@code preferred_username})
 * @param scopes the scopes asked for (default {@code openid profile})
 */
@ConfigurationProperties("inbeeld.oidc")
record Oidcinstellingen(String issuerUri, String clientId, String clientSecret, String naamClaim, List<String> scopes) {

    Oidcinstellingen {
        naamClaim = naamClaim == null || naamClaim.isBlank() ? "preferred_username" : naamClaim;
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile") : List.copyOf(scopes);
    }
}
