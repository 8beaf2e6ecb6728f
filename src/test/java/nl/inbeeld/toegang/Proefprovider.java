package nl.inbeeld.toegang;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small OpenID Connect provider for the tests, the true external border of the OIDC login: discovery document,
 * JWKS, an authorize endpoint that signs in at once (the user is whoever {@link #claims} describes) and a token
 * endpoint that checks the client's secret and the code and returns an RS256-signed ID token with the nonce.
 */
final class Proefprovider implements AutoCloseable {

    static final String CLIENT_ID = "inbeeld-proef";
    static final String CLIENT_SECRET = "proefgeheim-van-de-client";

    private final HttpServer server;
    private final RSAKey sleutel;
    private final String issuer;
    private final Map<String, Map<String, Object>> codes = new ConcurrentHashMap<>();

    /** The claims of the next user to sign in (besides iss, sub, aud, exp, iat and nonce). */
    volatile Map<String, Object> claims = Map.of();

    Proefprovider() throws IOException, JOSEException {
        sleutel = new RSAKeyGenerator(2048).keyID("proefsleutel").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/proef";
        server.createContext("/proef/.well-known/openid-configuration", uitwisseling -> json(uitwisseling, 200, Map.of(
                "issuer", issuer,
                "authorization_endpoint", issuer + "/authorize",
                "token_endpoint", issuer + "/token",
                "jwks_uri", issuer + "/jwks",
                "response_types_supported", List.of("code"),
                "subject_types_supported", List.of("public"),
                "id_token_signing_alg_values_supported", List.of("RS256"),
                "token_endpoint_auth_methods_supported", List.of("client_secret_basic"),
                "scopes_supported", List.of("openid", "profile"))));
        server.createContext("/proef/jwks", uitwisseling -> json(uitwisseling, 200, new JWKSet(sleutel.toPublicJWK()).toJSONObject()));
        server.createContext("/proef/authorize", this::autoriseer);
        server.createContext("/proef/token", this::token);
        server.start();
    }

    String issuer() {
        return issuer;
    }

    private void autoriseer(HttpExchange uitwisseling) throws IOException {
        Map<String, String> vraag = velden(uitwisseling.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(vraag.get("client_id")) || !"code".equals(vraag.get("response_type"))) {
            json(uitwisseling, 400, Map.of("error", "invalid_request"));
            return;
        }
        String code = UUID.randomUUID().toString();
        var gegevens = new HashMap<String, Object>(claims);
        gegevens.put("nonce", vraag.get("nonce"));
        gegevens.put("redirect_uri", vraag.get("redirect_uri"));
        codes.put(code, gegevens);
        uitwisseling.getResponseHeaders().add("Location", vraag.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(vraag.get("state"), StandardCharsets.UTF_8));
        uitwisseling.sendResponseHeaders(302, -1);
        uitwisseling.close();
    }

    private void token(HttpExchange uitwisseling) throws IOException {
        String verwacht = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        Map<String, String> vorm = velden(new String(uitwisseling.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        var gegevens = codes.remove(vorm.getOrDefault("code", ""));
        if (!"POST".equals(uitwisseling.getRequestMethod()) || !verwacht.equals(uitwisseling.getRequestHeaders().getFirst("Authorization"))
                || gegevens == null || !"authorization_code".equals(vorm.get("grant_type"))
                || !gegevens.get("redirect_uri").equals(vorm.get("redirect_uri"))) {
            json(uitwisseling, 400, Map.of("error", "invalid_grant"));
            return;
        }
        Instant nu = Instant.now();
        var jwt = new JWTClaimsSet.Builder().issuer(issuer).subject("proef-" + gegevens.getOrDefault("preferred_username", "x"))
                .audience(CLIENT_ID).issueTime(java.util.Date.from(nu)).expirationTime(java.util.Date.from(nu.plusSeconds(300)));
        gegevens.forEach((k, v) -> {
            if (!k.equals("redirect_uri") && v != null) jwt.claim(k, v);
        });
        try {
            var idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(sleutel.getKeyID()).build(), jwt.build());
            idToken.sign(new RSASSASigner(sleutel));
            json(uitwisseling, 200, Map.of("access_token", UUID.randomUUID().toString(), "token_type", "Bearer",
                    "expires_in", 300, "scope", "openid profile", "id_token", idToken.serialize()));
        } catch (JOSEException e) {
            throw new IOException(e);
        }
    }

    private static Map<String, String> velden(String tekst) {
        var uit = new HashMap<String, String>();
        if (tekst == null || tekst.isEmpty()) return uit;
        for (String paar : tekst.split("&")) {
            int i = paar.indexOf('=');
            if (i > 0) uit.put(URLDecoder.decode(paar.substring(0, i), StandardCharsets.UTF_8),
                    URLDecoder.decode(paar.substring(i + 1), StandardCharsets.UTF_8));
        }
        return uit;
    }

    private static void json(HttpExchange uitwisseling, int status, Map<String, Object> inhoud) throws IOException {
        byte[] tekst = JSONObjectUtils.toJSONString(inhoud).getBytes(StandardCharsets.UTF_8);
        uitwisseling.getResponseHeaders().add("Content-Type", "application/json");
        uitwisseling.sendResponseHeaders(status, tekst.length);
        try (var uit = uitwisseling.getResponseBody()) {
            uit.write(tekst);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
