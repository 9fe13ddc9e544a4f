package org.gridsteward.store;

import java.util.List;

/**
 * Called after positions are reserved and before the events are written. In production it does nothing;
 * the conformance suite uses it to hold a writer between the two steps, as a slow node would.
 */
@FunctionalInterface
public interface CommitGate {
    CommitGate OPEN = positions -> {};

    void beforeInsert(List<Long> positions);
}
