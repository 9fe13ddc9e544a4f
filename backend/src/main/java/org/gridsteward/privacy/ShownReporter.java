package org.gridsteward.privacy;

/**
 * A report's reporter as one caller sees them: {@code shown} says whether {@code name} and {@code phone} are in
 * clear, masked (张*丰, 138****8000), or gone because the resident was erased (then both say so).
 */
public record ShownReporter(String residentId, String name, String phone, Shown shown) {
    public enum Shown { CLEAR, MASKED, ERASED }
}
