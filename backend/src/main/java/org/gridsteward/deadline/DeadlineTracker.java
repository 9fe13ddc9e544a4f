package org.gridsteward.deadline;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.gridsteward.events.report.ReportEvent;

/**
 * Keeps the deadline schedule in step with the log, in a processing group of its own. Events of one processor
 * batch are collected and written together before the batch's token is stored, so a crash between the two
 * only redelivers events the schedule recognises as seen.
 */
@ProcessingGroup(DeadlineTracker.PROCESSING_GROUP)
public final class DeadlineTracker {
    public static final String PROCESSING_GROUP = "deadline-tracker";
    private static final String BATCH = DeadlineTracker.class.getName() + ".batch";

    private final DeadlineSchedule schedule;

    public DeadlineTracker(DeadlineSchedule schedule) {
        this.schedule = schedule;
    }

    @EventHandler
    void on(ReportEvent event, @SequenceNumber Long sequence) {
        if (!CurrentUnitOfWork.isStarted()) {
            schedule.record(event, sequence);
            return;
        }
        UnitOfWork<?> current = CurrentUnitOfWork.get();
        UnitOfWork<?> root = current.root();
        List<DeadlineSchedule.Folded> batch = root.getOrComputeResource(BATCH, key -> {
            List<DeadlineSchedule.Folded> collected = new ArrayList<>();
            // Registered with the batch's first event, so it runs before the token of the last one is stored.
            root.onPrepareCommit(u -> flush(collected));
            return collected;
        });
        batch.add(new DeadlineSchedule.Folded(event, sequence));
        // The processor registers storing its token while it handles the last event, ahead of this handler:
        // a batch of one must be written here, not in a later commit handler.
        if (!(current instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage()) {
            flush(batch);
        }
    }

    private void flush(List<DeadlineSchedule.Folded> batch) {
        if (!batch.isEmpty()) {
            schedule.recordAll(List.copyOf(batch));
            batch.clear();
        }
    }

    @ResetHandler
    void onReset() {
        schedule.clear();
    }
}
