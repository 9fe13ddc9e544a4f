package org.gridsteward.report;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gridsteward.events.Actor;
import org.gridsteward.events.report.Priority;

/** Confirm or correct the category and set the priority (分类). */
public record ClassifyReport(
        @TargetAggregateIdentifier String reportId,
        String categoryId,
        Priority priority,
        Actor actor,
        Instant at)
        implements ReportCommand {}
