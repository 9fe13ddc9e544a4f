package org.gridsteward.events.report;

import java.time.Instant;
import org.gridsteward.events.Actor;

/** Everything that can happen to a report. Every event names the report, who acted and when. */
public sealed interface ReportEvent
        permits ReportSubmitted, ReportClassified, ReportRejected, ReportDispatched, DispatchAccepted,
                DispatchReturned, DeadlineExtended, ProgressNoted, ReportResolved, ResolutionVerified,
                ReworkRequested, ReportRated, ReportReopened, ReportClosed,
                DeadlineApproaching, SignOffOverdue, ResolutionOverdue, ReportEscalated {

    String reportId();

    Actor actor();

    Instant at();
}
