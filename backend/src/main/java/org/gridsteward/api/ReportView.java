package org.gridsteward.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ReportSubmitted;
import org.gridsteward.report.ReportState;
import org.gridsteward.report.Status;

/** A report as it stands now, with every event that brought it there. */
public record ReportView(
        String reportId,
        Status status,
        Label statusLabel,
        long version,
        ReportState state,
        List<TimelineEntry> timeline) {

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
        return new ReportView(reportId, state.status(), new Label(state.status().zh(), state.status().en()), version, state, timeline);
    }
}
