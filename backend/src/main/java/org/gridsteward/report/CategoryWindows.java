package org.gridsteward.report;

import java.time.Duration;
import java.util.Objects;
import org.gridsteward.org.HoursKind;

/**
 * How long a department has to sign for a report of a category, and to resolve it, counted from dispatch in
 * working or calendar hours as {@code hoursKind} says.
 */
public record CategoryWindows(Duration signOff, Duration resolution, HoursKind hoursKind) {

    /** Windows counted in calendar hours. */
    public CategoryWindows(Duration signOff, Duration resolution) {
        this(signOff, resolution, HoursKind.CALENDAR);
    }

    public CategoryWindows {
        Objects.requireNonNull(signOff, "signOff");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(hoursKind, "hoursKind");
        // A sign-off window longer than the resolution window would let a default dispatch break its own rule.
        if (signOff.isNegative() || signOff.isZero() || signOff.compareTo(resolution) > 0) {
            throw new IllegalArgumentException("need 0 < signOff <= resolution, got " + signOff + " and " + resolution);
        }
    }
}
