package org.gridsteward.report;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gridsteward.events.Actor;
import org.gridsteward.events.report.Channel;
import org.gridsteward.events.report.ReportSubmitted;
import org.gridsteward.events.report.Reporter;

/**
 * Report a problem in a grid. {@code buildingId}, {@code reporter} and {@code photoIds} may be null; the photos
 * named have already been stored and claimed for this report by the caller.
 */
public record SubmitReport(
        @TargetAggregateIdentifier String reportId,
        String gridId,
        String buildingId,
        String categoryId,
        String description,
        Channel channel,
        Reporter reporter,
        Actor actor,
        Instant at,
        List<String> photoIds)
        implements ReportCommand {

    /** A report without photos. */
    public SubmitReport(String reportId, String gridId, String buildingId, String categoryId, String description,
                        Channel channel, Reporter reporter, Actor actor, Instant at) {
        this(reportId, gridId, buildingId, categoryId, description, channel, reporter, actor, at, null);
    }

    /** The event that accepting this command records: the report's first. */
    public ReportSubmitted submitted() {
        return new ReportSubmitted(reportId, gridId, buildingId, categoryId, description, channel, reporter, actor, at, photoIds);
    }
}
