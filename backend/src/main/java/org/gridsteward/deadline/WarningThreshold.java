package org.gridsteward.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.gridsteward.org.HoursKind;

/**
 * When to warn that a deadline is near: once a share of the window has elapsed ({@code 75%}) or when only so much
 * time is left ({@code 4h}, {@code 30m}), both counted in the category's hours. Its text is also its name in the
 * {@code DeadlineApproaching} event, so a warning is recognised again after a restart.
 */
public record WarningThreshold(String name, double elapsedShare, Duration timeLeft) {

    public static WarningThreshold parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("%")) {
                double percent = Double.parseDouble(t.substring(0, t.length() - 1));
                if (!(percent > 0 && percent < 100)) {
                    throw new IllegalArgumentException("a share of the window must be between 0% and 100%: " + text);
                }
                return new WarningThreshold(t, percent / 100, null);
            }
            Duration left = t.startsWith("p") ? Duration.parse(t.toUpperCase(Locale.ROOT))
                    : t.endsWith("h") ? Duration.ofMinutes(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 60))
                    : t.endsWith("m") ? Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)))
                    : null;
            if (left == null || left.isZero() || left.isNegative()) {
                throw new IllegalArgumentException("expected e.g. 75%, 4h, 30m or PT4H, got " + text);
            }
            return new WarningThreshold(t, 0, left);
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("expected e.g. 75%, 4h, 30m or PT4H, got " + text, e);
        }
    }

    /** When a window from {@code start} to {@code due} crosses this threshold. */
    public Instant instant(Instant start, Instant due, HoursKind kind, BusinessCalendar calendar) {
        if (timeLeft != null) {
            return calendar.minus(due, timeLeft, kind);
        }
        Duration window = calendar.between(start, due, kind);
        return calendar.plus(start, Duration.ofSeconds(Math.round(window.toSeconds() * elapsedShare)), kind);
    }
}
