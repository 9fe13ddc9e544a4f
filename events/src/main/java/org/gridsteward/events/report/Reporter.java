package org.gridsteward.events.report;

/**
 * The person who reported, when they left their details: a random resident id (never derived from the phone
 * number) and their name and phone encrypted with that resident's own key, which is kept apart from the log.
 * Erasing the resident deletes the key and leaves both unreadable, while this event, and every hash taken over
 * it, stays as it was.
 *
 * <p>{@code encryptedName} and {@code encryptedPhone} are each null when not given, otherwise
 * {@code "v1." + base64url(nonce ‖ ciphertext ‖ tag)} without padding: AES-256-GCM under the resident's key with a
 * random 96-bit nonce and a 128-bit tag, the associated data being {@code residentId + "/name"} or
 * {@code residentId + "/phone"}, so a value cannot be moved to another resident or field unnoticed.
 */
public record Reporter(String residentId, String encryptedName, String encryptedPhone) {}
