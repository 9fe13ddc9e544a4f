package org.gridsteward.search;

/** A search parameter that cannot be understood or names nothing in the city; answered 400 naming it. */
public final class InvalidSearchException extends RuntimeException {
    private final String parameter;
    private final String problem;

    public InvalidSearchException(String parameter, String problem) {
        super(parameter + ": " + problem);
        this.parameter = parameter;
        this.problem = problem;
    }

    public String parameter() {
        return parameter;
    }

    public String problem() {
        return problem;
    }
}
