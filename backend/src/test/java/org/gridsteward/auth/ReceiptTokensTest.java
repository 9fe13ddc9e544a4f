package org.gridsteward.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.gridsteward.access.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptTokensTest {
    // Expiry is checked against the system clock, so receipts are issued around the real now.
    private static final Instant NOW = Instant.now();

    @TempDir
    Path data;

    private Tokens tokens(Path directory, Instant now) {
        return new Tokens(new SigningKey(Optional.empty(), directory), null, null, Clock.fixed(now, ZoneOffset.UTC),
                new ExternalTokens(false, "groups", "grid_scope", "grid_department", "preferred_username", null),
                Duration.ofHours(8), Duration.ofDays(365));
    }

    @Test
    void aReceiptProvesItsReportAndIsAnHmacNotAnRsaSignature() {
        Tokens tokens = tokens(data, NOW);
        String receipt = tokens.receipt("R-1");

        assertThat(tokens.verify(receipt)).contains(Caller.resident("R-1"));
        String header = new String(Base64.getUrlDecoder().decode(receipt.substring(0, receipt.indexOf('.'))), StandardCharsets.UTF_8);
        assertThat(header).contains("\"HS256\"");
    }

    @Test
    void aReceiptStaysValidAcrossARestartWithTheSameKey() {
        String receipt = tokens(data, NOW).receipt("R-1");

        assertThat(tokens(data, NOW.plusSeconds(60)).verify(receipt)).contains(Caller.resident("R-1"));
    }

    @Test
    void aReceiptFromAnotherServerIsRefused(@TempDir Path other) {
        String foreign = tokens(other, NOW).receipt("R-1");

        assertThat(tokens(data, NOW).verify(foreign)).isEmpty();
    }

    @Test
    void anAlteredReceiptIsRefused() {
        Tokens tokens = tokens(data, NOW);
        String receipt = tokens.receipt("R-1");
        String[] parts = receipt.split("\\.");
        String otherClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("R-1", "R-2")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(tokens.verify(parts[0] + "." + otherClaims + "." + parts[2])).isEmpty();
    }

    @Test
    void anExpiredReceiptIsRefused() {
        String receipt = tokens(data, NOW.minus(Duration.ofDays(366))).receipt("R-1");

        assertThat(tokens(data, NOW).verify(receipt)).isEmpty();
    }

    @Test
    void theReceiptKeyProvesNothingButReceipts() {
        Tokens tokens = tokens(data, NOW);
        SigningKey key = new SigningKey(Optional.empty(), data);
        String account = Jwt.issuer(Tokens.ISSUER).subject("admin").claim("knd", "account").claim("gen", 0)
                .issuedAt(NOW).expiresAt(NOW.plusSeconds(600)).jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.HS256)
                .sign(new SecretKeySpec(key.receiptKey().getEncoded(), "HmacSHA256"));

        assertThat(tokens.verify(account)).isEmpty();
    }
}
