package org.gridsteward.report;

/** The action is not possible in the report's current status. */
public final class IllegalTransitionException extends ReportRuleException {
    private final String reportId;
    private final String action;
    private final Status status;

    public IllegalTransitionException(String reportId, String action, Status status) {
        super("cannot " + action + " a report that is " + status);
        this.reportId = reportId;
        this.action = action;
        this.status = status;
    }

    public String reportId() {
        return reportId;
    }

    public String action() {
        return action;
    }

    public Status status() {
        return status;
    }
}
