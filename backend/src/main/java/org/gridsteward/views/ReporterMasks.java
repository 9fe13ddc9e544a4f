package org.gridsteward.views;

import org.gridsteward.events.report.Reporter;

/**
 * Where a view gets a reporter's details as a wall may show them. A view never holds the clear text it could
 * leak: it is handed masked values only, or {@link Masking#ERASED} once the resident has been erased.
 */
@FunctionalInterface
public interface ReporterMasks {

    /** Shows nothing of any reporter: for views built where no resident's key is at hand. */
    ReporterMasks HIDDEN = reporter -> new Masked(null, null);

    Masked mask(Reporter reporter);

    /** A masked name (张*丰) and phone (138****8000); each null when the reporter did not leave it. */
    record Masked(String name, String phone) {}
}
