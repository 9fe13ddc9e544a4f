package org.gridsteward.views;

import java.util.HashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.gridsteward.events.report.Reporter;
import org.gridsteward.privacy.ResidentCipher;

/**
 * Residents' keys in memory with the real cipher: seals reporters as the intake does and masks them as the
 * privacy package does, so a projection can be tested with encrypted events and no database.
 */
final class KeyedResidents implements ReporterMasks {
    private final ResidentCipher cipher = new ResidentCipher(new SecretKeySpec(new byte[32], "AES"));
    private final Map<String, SecretKey> keys = new HashMap<>();

    Reporter seal(String residentId, String name, String phone) {
        SecretKey key = keys.computeIfAbsent(residentId, id -> cipher.newDataKey());
        return new Reporter(residentId, cipher.encrypt(key, residentId, "name", name), cipher.encrypt(key, residentId, "phone", phone));
    }

    void erase(String residentId) {
        keys.remove(residentId);
    }

    @Override
    public Masked mask(Reporter reporter) {
        SecretKey key = keys.get(reporter.residentId());
        if (key == null) {
            return new Masked(Masking.ERASED, Masking.ERASED);
        }
        return new Masked(Masking.name(cipher.decrypt(key, reporter.residentId(), "name", reporter.encryptedName())),
                Masking.phone(cipher.decrypt(key, reporter.residentId(), "phone", reporter.encryptedPhone())));
    }
}
