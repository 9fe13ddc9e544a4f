package org.gridsteward.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gridsteward.events.report.Reporter;
import org.gridsteward.views.Masking;
import org.gridsteward.views.ReporterMasks;

/**
 * Masks reporters for the views: opens the details here and hands over only their masked form, so no view ever
 * holds clear text. Residents' keys are kept in hand for a short while ({@code grid.privacy.key-cache}), since a
 * replay meets the same residents again and again; an erasure drops its resident at once on this node, and on
 * other nodes the erasure event itself, later in the log, replaces whatever was masked.
 */
@ApplicationScoped
public class ResidentMasks implements ReporterMasks {
    private static final int MAX_KEPT = 10_000;

    private final ResidentKeys keys;
    private final Residents residents;
    private final long keepNanos;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    public ResidentMasks(ResidentKeys keys, Residents residents,
                         @ConfigProperty(name = "grid.privacy.key-cache", defaultValue = "PT1M") Duration keep) {
        this.keys = keys;
        this.residents = residents;
        this.keepNanos = keep.toNanos();
    }

    private record Kept(Optional<SecretKey> key, long until) {}

    @Override
    public Masked mask(Reporter reporter) {
        if (reporter == null || reporter.residentId() == null) {
            return new Masked(null, null);
        }
        Optional<SecretKey> key = key(reporter.residentId());
        if (key.isEmpty()) {
            return new Masked(reporter.encryptedName() == null ? null : Masking.ERASED,
                    reporter.encryptedPhone() == null ? null : Masking.ERASED);
        }
        return new Masked(Masking.name(residents.open(key.get(), reporter, Residents.NAME, reporter.encryptedName())),
                Masking.phone(residents.open(key.get(), reporter, Residents.PHONE, reporter.encryptedPhone())));
    }

    /** Forgets the resident's key on this node. */
    void forget(String residentId) {
        kept.remove(residentId);
    }

    private Optional<SecretKey> key(String residentId) {
        long now = System.nanoTime();
        Kept known = kept.get(residentId);
        if (known != null && now - known.until() < 0) {
            return known.key();
        }
        Optional<SecretKey> key = keys.wrappedKey(residentId).map(w -> residents.cipher().unwrap(w, residentId));
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        // An erased resident stays erased: their absence may be kept for good.
        kept.put(residentId, new Kept(key, key.isPresent() ? now + keepNanos : Long.MAX_VALUE));
        return key;
    }
}
