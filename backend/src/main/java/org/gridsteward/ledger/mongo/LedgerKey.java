package org.gridsteward.ledger.mongo;

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
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gridsteward.keys.Secrets;
import org.jboss.logging.Logger;

/**
 * The Ed25519 key that signs tree heads: the one configured in {@code grid.audit.signing-key}, otherwise one generated at first start and kept owner-only in the data directory. Its own key, not the
 * token key: auditors keep its public half for years, while the token key may be replaced at any time.
 *
 * <p>The file holds two PEM blocks, the private key (PKCS#8) and its public key (X.509): the JDK cannot derive
 * an Ed25519 public key from the private one.
 */
@ApplicationScoped
public class LedgerKey {
    private static final Logger LOG = Logger.getLogger(LedgerKey.class);
    private static final String PEM_HEADER = "-----BEGIN PRIVATE KEY-----";
    private static final String PEM_FOOTER = "-----END PRIVATE KEY-----";
    private static final String PUBLIC_HEADER = "-----BEGIN PUBLIC KEY-----";
    private static final String PUBLIC_FOOTER = "-----END PUBLIC KEY-----";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    public LedgerKey(@ConfigProperty(name = "grid.audit.signing-key") Optional<Path> configured,
                     @ConfigProperty(name = "grid.data-dir", defaultValue = "data") Path dataDirectory) {
        Path file = configured.orElse(dataDirectory.resolve("tree-head-signing-key.pem"));
        try {
            if (configured.isEmpty() && !Files.exists(file)) {
                generate(file);
            }
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            this.privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(block(pem, PEM_HEADER, PEM_FOOTER)));
            this.publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(block(pem, PUBLIC_HEADER, PUBLIC_FOOTER)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the tree head key " + file.toAbsolutePath(), e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the tree head key " + file.toAbsolutePath() + " is not an Ed25519 PKCS#8 PEM key", e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The public key as auditors keep it: base64 of its X.509 SubjectPublicKeyInfo. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    public static PublicKey parsePublic(String base64) throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
    }

    private static void generate(Path file) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Base64.Encoder pem = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        Secrets.writeOwnerOnly(file, PEM_HEADER + "\n" + pem.encodeToString(pair.getPrivate().getEncoded()) + "\n" + PEM_FOOTER + "\n"
                + PUBLIC_HEADER + "\n" + pem.encodeToString(pair.getPublic().getEncoded()) + "\n" + PUBLIC_FOOTER + "\n");
        LOG.infof("Generated a tree head signing key at %s", file.toAbsolutePath());
    }

    private static byte[] block(String pem, String header, String footer) {
        int start = pem.indexOf(header);
        int end = pem.indexOf(footer);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("no " + header + " block");
        }
        return Base64.getMimeDecoder().decode(pem.substring(start + header.length(), end).strip());
    }
}
