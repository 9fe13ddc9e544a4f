package org.gridsteward.views;

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

    DepartmentTally add(Position position, long received, long signed, long signedOnTime, long resolved,
            long resolvedOnTime, long rated, long satisfied, long returns, long reworks, long overdue, long escalations) {
        return new DepartmentTally(departmentId, applied.including(position),
                this.received + received, this.signed + signed, this.signedOnTime + signedOnTime,
                this.resolved + resolved, this.resolvedOnTime + resolvedOnTime, this.rated + rated,
                this.satisfied + satisfied, this.returns + returns, this.reworks + reworks,
                this.overdue + overdue, this.escalations + escalations);
    }
}
