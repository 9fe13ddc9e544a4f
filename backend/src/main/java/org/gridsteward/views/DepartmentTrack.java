package org.gridsteward.views;

import java.time.Instant;

/**
 * What the department views remember of one report: who holds it and its deadlines, whether this dispatch was
 * already resolved once, and who resolved it last (the one its rating scores).
 */
public record DepartmentTrack(
        String reportId,
        String departmentId,
        Instant signOffDueAt,
        Instant dueAt,
        boolean resolvedThisDispatch,
        String resolvedBy,
        Position applied) {}
