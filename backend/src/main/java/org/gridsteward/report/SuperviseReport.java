package org.gridsteward.report;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gridsteward.events.Actor;
import org.gridsteward.events.report.EscalationLevel;

/**
 * A supervisor's office puts an open report under its supervision (督办) at {@code level}, whether or not its
 * deadline has passed yet: the office acts before the tracker would. Recorded against the report's current
 * deadline, so the tracker's later escalations of that deadline continue from the level reached.
 */
public record SuperviseReport(
        @TargetAggregateIdentifier String reportId,
        EscalationLevel level,
        Actor actor,
        Instant at)
        implements ReportCommand {}
