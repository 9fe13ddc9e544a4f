package org.gridsteward.demo;

import java.time.Duration;
import java.time.Instant;
import org.gridsteward.events.report.EscalationLevel;
import org.gridsteward.events.report.Priority;
import org.gridsteward.events.report.Satisfaction;

/** One thing the simulated city does to a report, in the words of the command that does it. */
public sealed interface Move {

    record Classify(String categoryId, Priority priority) implements Move {}

    record Reject(String reason) implements Move {}

    /**
     * Due times as spans from the moment the dispatch is sent, since that moment may come later than planned;
     * both null: the category's windows decide.
     */
    record Dispatch(String departmentId, Duration signOffIn, Duration dueIn, String instructions) implements Move {
        public Instant signOffDueAt(Instant sent) {
            return signOffIn == null ? null : sent.plus(signOffIn);
        }

        public Instant dueAt(Instant sent) {
            return dueIn == null ? null : sent.plus(dueIn);
        }
    }

    record Accept(String departmentId) implements Move {}

    record Return(String departmentId, String reason) implements Move {}

    /** Moves the due time {@code by} past the current one, or past the moment it is sent when that is later. */
    record Extend(Duration by, String reason) implements Move {
        public Instant newDueAt(Instant currentDueAt, Instant sent) {
            return (currentDueAt.isAfter(sent) ? currentDueAt : sent).plus(by);
        }
    }

    record Progress(String note) implements Move {}

    record Resolve(String departmentId, String resolution) implements Move {}

    /** Passed: the resolution is confirmed; not passed: sent back for rework. */
    record Verify(boolean passed, String note) implements Move {}

    record Rate(Satisfaction satisfaction, String comment) implements Move {}

    record Close() implements Move {}

    record Supervise(EscalationLevel level) implements Move {}
}
