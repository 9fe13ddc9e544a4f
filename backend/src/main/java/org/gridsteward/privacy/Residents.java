package org.gridsteward.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.gridsteward.events.report.Reporter;

/**
 * Residents' names and phone numbers on their way into and out of the log: sealed under the resident's own key
 * before any event holds them, and opened again only here, for a caller the access rules let see them. The same
 * phone number always finds the same resident, through the keyed phone index.
 */
@ApplicationScoped
public class Residents {
    static final String NAME = "name";
    static final String PHONE = "phone";

    private final ResidentKeys keys;
    private final ResidentCipher cipher;
    private final PhoneIndex phones;
    private final Clock clock;

    public Residents(ResidentKeys keys, MasterKey master, Clock clock) {
        this.keys = keys;
        this.cipher = new ResidentCipher(master.keyEncryptionKey());
        this.phones = new PhoneIndex(master.phoneIndexKey());
        this.clock = clock;
    }

    /** A reporter as the log keeps them; null when they left neither a name nor a phone number. */
    public Reporter encrypt(String name, String phone) {
        name = blankToNull(name);
        phone = blankToNull(phone);
        if (name == null && phone == null) {
            return null;
        }
        String entry = phones.entryFor(phone);
        ResidentKeys.KeyMaker newKey = residentId -> cipher.wrap(cipher.newDataKey(), residentId);
        ResidentKeys.Resident resident = entry == null
                ? keys.newResident(newKey, clock.instant())
                : keys.residentFor(entry, newKey, clock.instant());
        String residentId = resident.id();
        SecretKey key = cipher.unwrap(resident.wrappedKey(), residentId);
        return new Reporter(residentId,
                name == null ? null : cipher.encrypt(key, residentId, NAME, name),
                phone == null ? null : cipher.encrypt(key, residentId, PHONE, phone));
    }

    /**
     * The reporter's details in clear, read afresh from the key store (never from a cache, so an erasure on any
     * node counts at once); erased when their key is gone.
     */
    public Revealed reveal(Reporter reporter) {
        Optional<String> wrapped = keys.wrappedKey(reporter.residentId());
        if (wrapped.isEmpty()) {
            return Revealed.erased(reporter);
        }
        SecretKey key = cipher.unwrap(wrapped.get(), reporter.residentId());
        return new Revealed(reporter.residentId(), open(key, reporter, NAME, reporter.encryptedName()),
                open(key, reporter, PHONE, reporter.encryptedPhone()), false);
    }

    /** The resident this phone number belongs to, if they are known and not erased. */
    public Optional<String> findByPhone(String phone) {
        String entry = phones.entryFor(phone);
        return entry == null ? Optional.empty() : keys.residentByPhone(entry);
    }

    String open(SecretKey key, Reporter reporter, String field, String sealed) {
        return sealed == null ? null : cipher.decrypt(key, reporter.residentId(), field, sealed);
    }

    ResidentCipher cipher() {
        return cipher;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A reporter's details as read: in clear, or marked erased with nothing in them. */
    public record Revealed(String residentId, String name, String phone, boolean erased) {
        static Revealed erased(Reporter reporter) {
            return new Revealed(reporter.residentId(), null, null, true);
        }
    }
}
