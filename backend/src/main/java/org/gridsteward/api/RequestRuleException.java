package org.gridsteward.api;

/** A well-formed request that breaks a rule of account or display management; answered 422 naming the field. */
public final class RequestRuleException extends RuntimeException {
    private final String field;
    private final String problem;

    public RequestRuleException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
