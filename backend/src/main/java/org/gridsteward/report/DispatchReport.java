package org.gridsteward.report;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gridsteward.events.Actor;

/**
 * Send the report to a department (派遣). Due times left null come from the category's windows;
 * {@code instructions} may be null.
 */
public record DispatchReport(
        @TargetAggregateIdentifier String reportId,
        String departmentId,
        Instant signOffDueAt,
        Instant dueAt,
        String instructions,
        Actor actor,
        Instant at)
        implements ReportCommand {}
