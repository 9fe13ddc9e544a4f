package org.gridsteward.demo;

import org.gridsteward.events.report.Priority;
import org.gridsteward.events.report.Satisfaction;

/**
 * A simulated report's fate, drawn once from its id so that it survives a restart: whether it is rejected, first
 * sent to the wrong department, extended, held to tight due times (and how it fares against them), sent back for
 * rework, how its reporter rates it.
 */
public record Plan(
        Priority priority,
        boolean rejected,
        String wrongDepartmentId,
        boolean extended,
        Lateness lateness,
        boolean supervised,
        int progressNotes,
        boolean rework,
        Satisfaction rating,
        boolean unrated) {

    /** How a report held to due times a few minutes ahead fares against them. */
    public enum Lateness {
        /** Ordinary windows from the category: hours or days, never missed here. */
        NONE,
        /** Signed for after its sign-off deadline, then resolved in time. */
        SIGN_OFF_LATE,
        /** Signed for in time, resolved after its deadline. */
        RESOLUTION_LATE,
        /** Its resolution deadline extended shortly before it fell due. */
        RESCUED_BY_EXTENSION,
        /** Left unsigned long after it fell due, long enough for the deadline tracker to escalate it. */
        LEFT_OVERDUE
    }

    public boolean misrouted() {
        return wrongDepartmentId != null;
    }
}
