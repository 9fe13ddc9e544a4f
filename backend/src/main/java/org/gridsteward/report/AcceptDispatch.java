package org.gridsteward.report;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gridsteward.events.Actor;

/** The department signs for the report (签收). */
public record AcceptDispatch(@TargetAggregateIdentifier String reportId, String departmentId, Actor actor, Instant at)
        implements ReportCommand {}
