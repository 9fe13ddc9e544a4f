package org.gridsteward.report;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gridsteward.events.Actor;
import org.gridsteward.events.report.Channel;
import org.gridsteward.events.report.ReportSubmitted;
import org.gridsteward.events.report.Reporter;

/** Report a problem in a grid. {@code buildingId} and {@code reporter} may be null. */
public record SubmitReport(
        @TargetAggregateIdentifier String reportId,
        String gridId,
        String buildingId,
        String categoryId,
        String description,
        Channel channel,
        Reporter reporter,
        Actor actor,
        Instant at)
        implements ReportCommand {

    /** The event that accepting this command records: the report's first. */
    public ReportSubmitted submitted() {
        return new ReportSubmitted(reportId, gridId, buildingId, categoryId, description, channel, reporter, actor, at);
    }
}
