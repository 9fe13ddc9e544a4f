package org.gridsteward.report;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gridsteward.events.Actor;

/** The department sends the report back to the command center (退回). */
public record ReturnDispatch(
        @TargetAggregateIdentifier String reportId,
        String departmentId,
        String reason,
        Actor actor,
        Instant at)
        implements ReportCommand {}
