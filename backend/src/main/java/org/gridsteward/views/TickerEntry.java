package org.gridsteward.views;

import java.time.Instant;

/**
 * One line of a wall's ticker. {@code reporterName} and {@code reporterPhone} are already masked; they are
 * set only on a submission that left them.
 */
public record TickerEntry(
        String type,
        String labelZh,
        String labelEn,
        String reportId,
        String gridId,
        String categoryId,
        Instant at,
        String reporterName,
        String reporterPhone) {

    /** This entry once its reporter has been erased: the details it showed say so instead. */
    TickerEntry erased() {
        return new TickerEntry(type, labelZh, labelEn, reportId, gridId, categoryId, at,
                reporterName == null ? null : Masking.ERASED, reporterPhone == null ? null : Masking.ERASED);
    }
}
