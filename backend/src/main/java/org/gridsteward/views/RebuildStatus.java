package org.gridsteward.views;

/**
 * How far the latest rebuild of the views has got.
 *
 * @param eventsDone      events of the log applied to every family so far
 * @param eventsTotal     positions the log held when the rebuild began (an estimate of the events to apply)
 * @param eventsPerSecond the average rate since the rebuild began, or over the whole rebuild once it is over
 */
public record RebuildStatus(Phase phase, long eventsDone, long eventsTotal, double eventsPerSecond) {
    public enum Phase {
        /** No rebuild since the application started. */
        NONE,
        /** The log is being read once and applied to every family; live processing waits. */
        REPLAYING,
        /** Replayed; live processing resumed where the replay stopped. */
        DONE,
        /** The replay failed; the processors rebuild the views themselves from the start of the log. */
        FAILED
    }

    public static final RebuildStatus NONE = new RebuildStatus(Phase.NONE, 0, 0, 0);

    public boolean running() {
        return phase == Phase.REPLAYING;
    }
}
