package org.gridsteward.deadline;

import java.time.Instant;
import org.gridsteward.events.Actor;
import org.gridsteward.events.report.Deadline;
import org.gridsteward.events.report.EscalationLevel;
import org.gridsteward.report.EscalateReport;
import org.gridsteward.report.MarkOverdue;
import org.gridsteward.report.ReportCommand;
import org.gridsteward.report.WarnDeadline;

/**
 * Something the tracker must ask of a report at {@code at}: a warning, the overdue mark or the next escalation of
 * one deadline. {@code threshold} is set for a warning, {@code level} for an escalation.
 */
public record Trigger(
        Instant at, Kind kind, Deadline deadline, Instant dueAt, String threshold, EscalationLevel level) {

    public enum Kind {
        WARN,
        OVERDUE,
        ESCALATE
    }

    /** The command that records this trigger, asked at {@code now}. */
    public ReportCommand command(String reportId, Instant now) {
        return switch (kind) {
            case WARN -> new WarnDeadline(reportId, deadline, dueAt, threshold, Actor.SYSTEM, now);
            case OVERDUE -> new MarkOverdue(reportId, deadline, dueAt, Actor.SYSTEM, now);
            case ESCALATE -> new EscalateReport(reportId, deadline, dueAt, level, Actor.SYSTEM, now);
        };
    }

    /** Identifies the trigger among a report's, for remembering which were recently asked. */
    public String key(String reportId) {
        return reportId + "|" + kind + "|" + deadline + "|" + dueAt + "|" + threshold + "|" + level;
    }
}
