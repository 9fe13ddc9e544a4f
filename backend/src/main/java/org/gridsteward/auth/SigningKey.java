package org.gridsteward.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gridsteward.keys.Secrets;
import org.jboss.logging.Logger;

/**
 * The RSA key that signs every token this server issues: the one configured in {@code grid.auth.signing-key}
 * (a PKCS#8 PEM file), otherwise one generated at first start and kept in the data directory, so tokens
 * stay valid across restarts.
 */
@ApplicationScoped
public class SigningKey {
    private static final Logger LOG = Logger.getLogger(SigningKey.class);
    private static final String PEM_HEADER = "-----BEGIN PRIVATE KEY-----";
    private static final String PEM_FOOTER = "-----END PRIVATE KEY-----";

    private final RSAPrivateCrtKey privateKey;
    private final RSAPublicKey publicKey;
    private final SecretKey receiptKey;

    public SigningKey(@ConfigProperty(name = "grid.auth.signing-key") Optional<Path> configured,
                      @ConfigProperty(name = "grid.data-dir", defaultValue = "data") Path dataDirectory) {
        Path file = configured.orElse(dataDirectory.resolve("jwt-signing-key.pem"));
        try {
            if (configured.isEmpty() && !Files.exists(file)) {
                generate(file);
            }
            this.privateKey = read(file);
            this.publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            this.receiptKey = Secrets.derive(privateKey.getEncoded(), "grid-steward receipts v1", "HmacSHA256");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the signing key " + file.toAbsolutePath(), e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the signing key " + file.toAbsolutePath() + " is not an RSA PKCS#8 PEM key", e);
        }
    }

    public RSAPrivateCrtKey privateKey() {
        return privateKey;
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /** The HMAC key for residents' receipts: derived from the RSA key, so it is as secret and as lasting. */
    public SecretKey receiptKey() {
        return receiptKey;
    }

    private static void generate(Path file) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        String pem = PEM_HEADER + "\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPrivate().getEncoded())
                + "\n" + PEM_FOOTER + "\n";
        Secrets.writeOwnerOnly(file, pem);
        LOG.infof("Generated a token signing key at %s", file.toAbsolutePath());
    }

    private static RSAPrivateCrtKey read(Path file) throws IOException, GeneralSecurityException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        String body = pem.replace(PEM_HEADER, "").replace(PEM_FOOTER, "").replaceAll("\\s", "");
        return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }
}
