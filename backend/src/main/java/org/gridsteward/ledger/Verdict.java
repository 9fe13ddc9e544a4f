package org.gridsteward.ledger;

/**
 * The outcome of checking the log against its signed heads: intact up to the newest head's size, or broken
 * at the first position that does not match, and why.
 */
public record Verdict(String status, Long verifiedUpTo, Long firstBadPosition, String reason) {
    public enum Reason {
        /** The event stored there is not the one that was sealed. */
        CHANGED,
        /** A sealed event is no longer there. */
        MISSING,
        /** An event now occupies a position that was sealed as skipped. */
        INSERTED,
        /** A head whose signature is not this server's, or a head no log can have produced. */
        FORGED_HEAD;

        public String label() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    public static Verdict intact(long verifiedUpTo) {
        return new Verdict("intact", verifiedUpTo, null, null);
    }

    public static Verdict broken(long position, Reason reason) {
        return new Verdict("broken", null, position, reason.label());
    }

    public boolean isIntact() {
        return "intact".equals(status);
    }
}
