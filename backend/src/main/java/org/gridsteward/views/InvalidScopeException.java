package org.gridsteward.views;

/** A scope that is not written as {@code city} or {@code kind:id}. */
public class InvalidScopeException extends RuntimeException {
    private final String scope;

    public InvalidScopeException(String scope, String problem) {
        super(problem);
        this.scope = scope;
    }

    public String scope() {
        return scope;
    }
}
