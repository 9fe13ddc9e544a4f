package org.gridsteward.report;

/** The command names a grid, building, department or category the city does not have. */
public final class UnknownReferenceException extends ReportRuleException {
    private final String field;
    private final String value;

    public UnknownReferenceException(String field, String value) {
        super("unknown " + field + ": " + value);
        this.field = field;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}
