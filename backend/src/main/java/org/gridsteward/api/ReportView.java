package org.gridsteward.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ReportSubmitted;
import org.gridsteward.privacy.ShownReporter;
import org.gridsteward.report.Report;
import org.gridsteward.report.ReportState;
import org.gridsteward.report.Status;

/**
 * A report as it stands now, with every event that brought it there. {@code reporter} is set where a report is
 * read: its reporter in clear or masked as the reader may see them (the timeline's submission holds them only
 * encrypted).
 */
public record ReportView(
        String reportId,
        Status status,
        Label statusLabel,
        long version,
        ReportState state,
        List<TimelineEntry> timeline,
        @JsonInclude(JsonInclude.Include.NON_NULL) ShownReporter reporter) {

    public record Label(String zh, String en) {}

    public record TimelineEntry(long sequence, String type, Instant at, Actor actor, ReportEvent data) {}

    static ReportView fold(String reportId, List<? extends DomainEventMessage<?>> history) {
        ReportState state = null;
        List<TimelineEntry> timeline = new ArrayList<>(history.size());
        for (DomainEventMessage<?> message : history) {
            ReportEvent event = (ReportEvent) message.getPayload();
            state = state == null ? ReportState.initial((ReportSubmitted) event) : state.apply(event);
            timeline.add(new TimelineEntry(
                    message.getSequenceNumber(),
                    event.getClass().getAnnotation(EventType.class).name(),
                    event.at(),
                    event.actor(),
                    event));
        }
        long version = history.isEmpty() ? -1 : history.get(history.size() - 1).getSequenceNumber();
        return new ReportView(reportId, state.status(), new Label(state.status().zh(), state.status().en()), version, state, timeline,
                null);
    }

    /** A report whose only event so far is its submission. */
    static ReportView submitted(ReportSubmitted event) {
        return fold(event.reportId(), List.of(new GenericDomainEventMessage<>(Report.class.getSimpleName(), event.reportId(), 0, event)));
    }

    ReportView withReporter(ShownReporter shown) {
        return new ReportView(reportId, status, statusLabel, version, state, timeline, shown);
    }
}
