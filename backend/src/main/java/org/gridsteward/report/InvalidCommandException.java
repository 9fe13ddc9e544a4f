package org.gridsteward.report;

/** A value in the command breaks a rule: missing, too long, or a time that cannot be right. */
public final class InvalidCommandException extends ReportRuleException {
    private final String field;
    private final String problem;

    public InvalidCommandException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    /** What is wrong with the field, without its name, e.g. {@code "is required"}. */
    public String problem() {
        return problem;
    }
}
