package org.gridsteward.views;

import java.util.Set;

/** A department's handling record (部门考核), counted dispatch by dispatch. */
public record DepartmentTally(
        String departmentId,
        Position applied,
        long received,
        long signed,
        long signedOnTime,
        long resolved,
        long resolvedOnTime,
        long rated,
        long satisfied,
        long returns,
        long reworks,
        long overdue,
        long escalations) {

    public static DepartmentTally empty(String departmentId) {
        return new DepartmentTally(departmentId, Position.NONE, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** What one event adds to a department's record: each named count goes up by one. */
    enum Count {
        RECEIVED, SIGNED, SIGNED_ON_TIME, RESOLVED, RESOLVED_ON_TIME, RATED, SATISFIED, RETURNS, REWORKS, OVERDUE,
        ESCALATIONS
    }

    DepartmentTally add(Position position, Set<Count> counts) {
        return new DepartmentTally(departmentId, applied.including(position),
                received + one(counts, Count.RECEIVED), signed + one(counts, Count.SIGNED),
                signedOnTime + one(counts, Count.SIGNED_ON_TIME), resolved + one(counts, Count.RESOLVED),
                resolvedOnTime + one(counts, Count.RESOLVED_ON_TIME), rated + one(counts, Count.RATED),
                satisfied + one(counts, Count.SATISFIED), returns + one(counts, Count.RETURNS),
                reworks + one(counts, Count.REWORKS), overdue + one(counts, Count.OVERDUE),
                escalations + one(counts, Count.ESCALATIONS));
    }

    private static long one(Set<Count> counts, Count count) {
        return counts.contains(count) ? 1 : 0;
    }
}
