package org.gridsteward.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.gridsteward.api.SignIn;
import org.junit.jupiter.api.Test;

/**
 * Tokens from an outside identity provider, checked by the OIDC extension against the provider's public key
 * (configured directly, as a provider without discovery would be) and mapped to callers from their claims.
 */
@QuarkusTest
@TestProfile(IdentityProviderSignInTest.WithProvider.class)
class IdentityProviderSignInTest {
    static final String ISSUER = "https://sso.city.example/realms/grid";
    // The profile is read in another class loader than the tests run in, so the provider's key is kept in a
    // file both can read rather than in a static field each would fill with a key of its own.
    static final KeyPair PROVIDER = sharedKeyPair(Path.of("target", "test-identity-provider.key"));
    static final KeyPair STRANGER = keyPair();

    public static class WithProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "grid.auth.oidc.enabled", "true",
                    "quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.public-key", Base64.getEncoder().encodeToString(PROVIDER.getPublic().getEncoded()),
                    "quarkus.oidc.token.issuer", ISSUER,
                    "grid.auth.oidc.role-claim", "realm_access/roles");
        }
    }

    private static JwtClaimsBuilder claims(String username, String role, String scope) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).subject("sub-" + username).claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", List.of("offline_access", role)))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600));
        return scope == null ? claims : claims.claim("grid_scope", scope);
    }

    private static String signed(JwtClaimsBuilder claims) {
        return claims.jws().sign(PROVIDER.getPrivate());
    }

    @Test
    void aSupervisorFromTheProviderReadsTheViewsOfTheirStreet() {
        String token = signed(claims("zhao.min", "supervisor", "street:st-dongcheng"));

        SignIn.bearer(token).get("/api/views/street:st-dongcheng").then().statusCode(200);
    }

    @Test
    void theProvidersScopeClaimBoundsWhatTheySee() {
        String token = signed(claims("zhao.min", "supervisor", "street:st-dongcheng"));

        SignIn.bearer(token).get("/api/views/city").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anAuditorFromTheProviderReadsTheAccessLog() {
        SignIn.bearer(signed(claims("qian.lu", "auditor", null))).get("/api/audit/access-log").then().statusCode(200);
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() {
        String forged = claims("zhao.min", "admin", null).jws().sign(STRANGER.getPrivate());

        problem401(forged);
    }

    @Test
    void anExpiredProviderTokenIs401() {
        String expired = signed(Jwt.issuer(ISSUER).subject("s").claim("preferred_username", "zhao.min")
                .claim("realm_access", Map.of("roles", List.of("admin")))
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)));

        problem401(expired);
    }

    @Test
    void anotherIssuerIs401EvenWithTheRightKey() {
        String foreign = Jwt.issuer("https://elsewhere.example").subject("s").claim("preferred_username", "x")
                .claim("realm_access", Map.of("roles", List.of("admin")))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600)).jws().sign(PROVIDER.getPrivate());

        problem401(foreign);
    }

    @Test
    void aProviderTokenWithoutOneOfOurRolesIs401() {
        problem401(signed(claims("sun.li", "offline_access", "city")));
    }

    @Test
    void thisServersOwnTokensStillWorkBesideTheProvider() {
        SignIn.as(SignIn.ADMIN).get("/api/users").then().statusCode(200);
    }

    private static void problem401(String token) {
        SignIn.bearer(token).get("/api/audit/access-log").then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    private static synchronized KeyPair sharedKeyPair(Path file) {
        try {
            if (!Files.exists(file)) {
                KeyPair fresh = keyPair();
                Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), "idp", ".tmp");
                Files.write(partial, fresh.getPrivate().getEncoded());
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(file)));
            return new KeyPair(rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent())), key);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
