package org.gridsteward.views;

/**
 * A department's scores: 响应率 (signed on time over received), 按期办结率 (resolved on time over resolved),
 * resolution rate (resolved over received) and satisfaction rate (满意 + 基本满意 over rated).
 */
public record DepartmentFigures(
        String departmentId,
        String name,
        long received,
        long signedOnTime,
        long resolvedOnTime,
        long resolved,
        long returns,
        long reworks,
        long overdue,
        long escalations,
        Double responseRate,
        Double onTimeRate,
        Double resolutionRate,
        Double satisfactionRate) {

    public static DepartmentFigures of(DepartmentTally t, String name) {
        return new DepartmentFigures(
                t.departmentId(), name, t.received(), t.signedOnTime(), t.resolvedOnTime(), t.resolved(),
                t.returns(), t.reworks(), t.overdue(), t.escalations(),
                ScopeFigures.rate(t.signedOnTime(), t.received()),
                ScopeFigures.rate(t.resolvedOnTime(), t.resolved()),
                ScopeFigures.rate(t.resolved(), t.received()),
                ScopeFigures.rate(t.satisfied(), t.rated()));
    }
}
