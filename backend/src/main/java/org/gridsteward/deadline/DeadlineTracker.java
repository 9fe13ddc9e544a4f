package org.gridsteward.deadline;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.gridsteward.events.report.ReportEvent;

/** Keeps the deadline schedule in step with the log, in a processing group of its own. */
@ProcessingGroup(DeadlineTracker.PROCESSING_GROUP)
public final class DeadlineTracker {
    public static final String PROCESSING_GROUP = "deadline-tracker";

    private final DeadlineSchedule schedule;

    public DeadlineTracker(DeadlineSchedule schedule) {
        this.schedule = schedule;
    }

    @EventHandler
    void on(ReportEvent event, @SequenceNumber Long sequence) {
        schedule.record(event, sequence);
    }

    @ResetHandler
    void onReset() {
        schedule.clear();
    }
}
