package org.gridsteward.report;

/** A command the report refuses. Nothing was applied; the caller can fix the request and try again. */
public abstract sealed class ReportRuleException extends RuntimeException
        permits IllegalTransitionException, UnknownReferenceException, InvalidCommandException {

    ReportRuleException(String message) {
        super(message);
    }
}
