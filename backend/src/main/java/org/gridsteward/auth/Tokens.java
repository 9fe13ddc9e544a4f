package org.gridsteward.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.gridsteward.access.Caller;

/**
 * Issues and checks this server's tokens. Three kinds, named by the {@code knd} claim: an account's
 * (short-lived, re-checked against the account on every use), a display's (long-lived, re-checked against
 * its revocation), and a resident's receipt for one report. A token that fails any check is simply not
 * accepted; the reason is never told to the client.
 */
@ApplicationScoped
public class Tokens {
    static final String ISSUER = "urn:grid-steward";
    private static final String KIND = "knd";
    private static final String GENERATION = "gen";
    private static final String REPORT = "rid";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String RECEIPT_HEADER = BASE64URL.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.US_ASCII));
    private static final ObjectMapper RECEIPT_JSON = new ObjectMapper();

    private final SigningKey key;
    private final Accounts accounts;
    private final Displays displays;
    private final Clock clock;
    private final Duration accountLifetime;
    private final Duration receiptLifetime;
    private final DefaultJWTParser parser;
    private final DefaultJWTParser receiptParser;
    private final ExternalTokens external;

    public Tokens(SigningKey key, Accounts accounts, Displays displays, Clock clock, ExternalTokens external,
                  @ConfigProperty(name = "grid.auth.token-lifetime", defaultValue = "PT8H") Duration accountLifetime,
                  @ConfigProperty(name = "grid.auth.receipt-lifetime", defaultValue = "P365D") Duration receiptLifetime) {
        this.key = key;
        this.accounts = accounts;
        this.displays = displays;
        this.clock = clock;
        this.external = external;
        this.accountLifetime = accountLifetime;
        this.receiptLifetime = receiptLifetime;
        JWTAuthContextInfo context = new JWTAuthContextInfo(key.publicKey(), ISSUER);
        context.setExpGracePeriodSecs(0);
        this.parser = new DefaultJWTParser(context);
        JWTAuthContextInfo receiptContext = new JWTAuthContextInfo(key.receiptKey(), ISSUER);
        receiptContext.setSignatureAlgorithm(Set.of(SignatureAlgorithm.HS256));
        receiptContext.setExpGracePeriodSecs(0);
        this.receiptParser = new DefaultJWTParser(receiptContext);
    }

    public record Issued(String token, Duration lifetime) {}

    public Issued forAccount(Account account) {
        Instant now = clock.instant();
        String token = Jwt.issuer(ISSUER).subject(account.username()).upn(account.username())
                .groups(Set.of(account.role().name().toLowerCase()))
                .claim(KIND, "account").claim(GENERATION, account.generation())
                .issuedAt(now).expiresAt(now.plus(accountLifetime)).jws().sign(key.privateKey());
        return new Issued(token, accountLifetime);
    }

    public String forDisplay(Display display) {
        return Jwt.issuer(ISSUER).subject("display:" + display.id()).claim("jti", display.id())
                .groups(Set.of("display")).claim(KIND, "display")
                .issuedAt(display.issuedAt()).expiresAt(display.expiresAt()).jws().sign(key.privateKey());
    }

    /**
     * Every submission answers with one, so it is an HMAC under a key only this server holds (microseconds)
     * rather than an RSA signature (milliseconds): nobody else needs to check a receipt. Written directly as a
     * compact JWS because the token builder looks its defaults up in the configuration on every call; receipts
     * are checked by the same JWT parser as every other token.
     */
    public String receipt(String reportId) {
        long now = clock.instant().getEpochSecond();
        ObjectNode claims = RECEIPT_JSON.createObjectNode()
                .put("iss", ISSUER).put("sub", "receipt:" + reportId).put(KIND, "receipt").put(REPORT, reportId)
                .put("iat", now).put("exp", now + receiptLifetime.toSeconds());
        try {
            String signed = RECEIPT_HEADER + "." + BASE64URL.encodeToString(RECEIPT_JSON.writeValueAsBytes(claims));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key.receiptKey());
            return signed + "." + BASE64URL.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a receipt", e);
        }
    }

    /**
     * The caller this token proves, or empty when it is malformed, forged, expired, revoked or disabled. A
     * token this server did not sign may still come from the city's identity provider ({@link ExternalTokens}).
     */
    public Optional<Caller> verify(String token) {
        JsonWebToken jwt;
        try {
            jwt = parser.parse(token);
        } catch (ParseException | RuntimeException notSignedByOurKey) {
            try {
                return receipt(receiptParser.parse(token));
            } catch (ParseException | RuntimeException notOurReceipt) {
                return external.verify(token);
            }
        }
        String kind = jwt.getClaim(KIND) == null ? "" : jwt.getClaim(KIND).toString();
        return switch (kind) {
            case "account" -> accounts.find(jwt.getSubject())
                    .filter(Account::enabled)
                    .filter(a -> String.valueOf(a.generation()).equals(String.valueOf(jwt.<Object>getClaim(GENERATION))))
                    .map(Account::caller);
            case "display" -> Optional.ofNullable(jwt.getTokenID()).flatMap(displays::find)
                    .filter(d -> !d.revoked())
                    .map(d -> Caller.display(d.id(), d.scope()));
            // Receipts issued before they became HMACs were signed with the RSA key; they stay valid.
            case "receipt" -> receipt(jwt);
            default -> Optional.empty();
        };
    }

    private static Optional<Caller> receipt(JsonWebToken jwt) {
        if (!"receipt".equals(String.valueOf(jwt.<Object>getClaim(KIND)))) {
            return Optional.empty();
        }
        return Optional.ofNullable(jwt.<Object>getClaim(REPORT)).map(Object::toString).map(Caller::resident);
    }

    /** A new display token's id: random, so it cannot be guessed from the ones listed. */
    public static String newDisplayId() {
        return UUID.randomUUID().toString();
    }

    /** Reads both the {@code Authorization: Bearer} form and the bare token. */
    public Optional<Caller> fromAuthorization(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            value = value.substring(7).strip();
        }
        return value.isEmpty() || value.length() > 8192 ? Optional.empty() : verify(value);
    }
}
