package org.gridsteward.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gridsteward.keys.Secrets;
import org.jboss.logging.Logger;

/**
 * The one secret that protects residents' keys: the configured {@code grid.privacy.master-key} (32 bytes,
 * base64), otherwise one generated at first start and kept in the data directory, never in the database, so a
 * copy of the database alone reveals nothing. Two keys are derived from it, one per purpose: the key that
 * wraps every resident's data key, and the key of the phone index. Every node of one database must share it.
 */
@ApplicationScoped
public class MasterKey {
    private static final Logger LOG = Logger.getLogger(MasterKey.class);
    private static final int BYTES = 32;

    private final SecretKey keyEncryptionKey;
    private final SecretKey phoneIndexKey;
    private final SecretKey fingerprintKey;

    public MasterKey(@ConfigProperty(name = "grid.privacy.master-key") Optional<String> configured,
                     @ConfigProperty(name = "grid.data-dir", defaultValue = "data") Path dataDirectory) {
        byte[] secret = configured.map(MasterKey::decode).orElseGet(() -> fromFile(dataDirectory.resolve("resident-master-key")));
        this.keyEncryptionKey = Secrets.derive(secret, "grid-steward resident key wrapping v1", "AES");
        this.phoneIndexKey = Secrets.derive(secret, "grid-steward phone index v1", "HmacSHA256");
        this.fingerprintKey = Secrets.derive(secret, "grid-steward request fingerprint v1", "HmacSHA256");
    }

    /**
     * A keyed digest of a request that may carry a resident's name and phone, kept to recognise a retry: a
     * plain hash kept after the resident's erasure would let anyone holding the database confirm a guess.
     */
    public String fingerprint(String request) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(fingerprintKey);
            return HexFormat.of().formatHex(mac.doFinal(request.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    SecretKey keyEncryptionKey() {
        return keyEncryptionKey;
    }

    SecretKey phoneIndexKey() {
        return phoneIndexKey;
    }

    private static byte[] decode(String base64) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("grid.privacy.master-key is not base64", e);
        }
        if (secret.length != BYTES) {
            throw new IllegalStateException("grid.privacy.master-key must be " + BYTES + " bytes, base64-encoded");
        }
        return secret;
    }

    private static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                generate(file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the residents' master key " + file.toAbsolutePath(), e);
        }
    }

    private static void generate(Path file) throws IOException {
        byte[] secret = new byte[BYTES];
        new SecureRandom().nextBytes(secret);
        Secrets.writeOwnerOnly(file, Base64.getEncoder().encodeToString(secret) + "\n");
        LOG.infof("Generated the residents' master key at %s", file.toAbsolutePath());
    }
}
