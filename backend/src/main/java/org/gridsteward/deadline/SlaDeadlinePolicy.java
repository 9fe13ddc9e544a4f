package org.gridsteward.deadline;

import java.time.Duration;
import java.time.Instant;
import org.gridsteward.events.report.Priority;
import org.gridsteward.org.HoursKind;
import org.gridsteward.report.CategoryWindows;
import org.gridsteward.report.DeadlinePolicy;

/**
 * The service-level policy: a category's windows, shortened for urgent reports, counted in working hours on the
 * business calendar or in calendar hours as the category says.
 */
public final class SlaDeadlinePolicy implements DeadlinePolicy {
    private final BusinessCalendar calendar;
    private final double urgentShare;

    /**
     * @param urgentShare the part of each window an urgent report gets, in (0, 1]; 0.5 halves both windows
     */
    public SlaDeadlinePolicy(BusinessCalendar calendar, double urgentShare) {
        if (!(urgentShare > 0 && urgentShare <= 1)) {
            throw new IllegalArgumentException("urgent share must be in (0, 1], got " + urgentShare);
        }
        this.calendar = calendar;
        this.urgentShare = urgentShare;
    }

    /** A window without a category counts working hours, the rule for ordinary work. */
    @Override
    public Instant dueAfter(Instant start, Duration window) {
        return calendar.plus(start, window, HoursKind.WORKING);
    }

    @Override
    public DueTimes dueTimes(Instant start, CategoryWindows windows, Priority priority) {
        return new DueTimes(
                calendar.plus(start, scaled(windows.signOff(), priority), windows.hoursKind()),
                calendar.plus(start, scaled(windows.resolution(), priority), windows.hoursKind()));
    }

    private Duration scaled(Duration window, Priority priority) {
        if (priority != Priority.URGENT) {
            return window;
        }
        return Duration.ofSeconds(Math.max(1, Math.round(window.toSeconds() * urgentShare)));
    }
}
