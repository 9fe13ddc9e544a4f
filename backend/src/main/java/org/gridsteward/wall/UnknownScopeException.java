package org.gridsteward.wall;

import org.gridsteward.views.Scope;

/** A well-formed scope the city does not have. */
public class UnknownScopeException extends RuntimeException {
    public UnknownScopeException(Scope scope) {
        super("the city has no " + scope.kind().prefix() + " '" + scope.id() + "'");
    }
}
