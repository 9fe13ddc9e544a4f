package org.gridsteward.report;

import java.time.Duration;
import java.util.Objects;

/** How long a department has to sign for a report of a category, and to resolve it, counted from dispatch. */
public record CategoryWindows(Duration signOff, Duration resolution) {

    public CategoryWindows {
        Objects.requireNonNull(signOff, "signOff");
        Objects.requireNonNull(resolution, "resolution");
        // A sign-off window longer than the resolution window would let a default dispatch break its own rule.
        if (signOff.isNegative() || signOff.isZero() || signOff.compareTo(resolution) > 0) {
            throw new IllegalArgumentException("need 0 < signOff <= resolution, got " + signOff + " and " + resolution);
        }
    }
}
