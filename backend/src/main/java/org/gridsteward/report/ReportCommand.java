package org.gridsteward.report;

import java.time.Instant;
import org.gridsteward.events.Actor;

/**
 * Everything that can be asked of a report. The caller supplies {@code at}, so a command means the same thing
 * whenever it is handled and tests need no clock.
 */
public sealed interface ReportCommand
        permits SubmitReport, ClassifyReport, RejectReport, DispatchReport, AcceptDispatch, ReturnDispatch,
                ExtendDeadline, NoteProgress, ResolveReport, VerifyResolution, RequestRework, RateReport,
                CloseReport, WarnDeadline, MarkOverdue, EscalateReport, SuperviseReport {

    String reportId();

    Actor actor();

    Instant at();
}
