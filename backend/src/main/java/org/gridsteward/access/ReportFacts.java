package org.gridsteward.access;

import java.util.Set;

/**
 * What the access rules need to know of one report, taken from its history: where it is, which department
 * holds it now, and every department it has ever been dispatched to.
 */
public record ReportFacts(String reportId, String gridId, String currentDepartmentId, Set<String> departmentsInvolved) {
    public ReportFacts {
        departmentsInvolved = departmentsInvolved == null ? Set.of() : Set.copyOf(departmentsInvolved);
    }

    /** A report about to be submitted: only its grid is known. */
    public static ReportFacts newReport(String gridId) {
        return new ReportFacts(null, gridId, null, Set.of());
    }
}
