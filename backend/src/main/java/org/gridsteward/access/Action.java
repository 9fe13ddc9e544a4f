package org.gridsteward.access;

/** Everything a caller can ask of the API. Every endpoint names exactly one of these. */
public enum Action {
    /** No sign-in needed. */
    SIGN_IN(true),
    READ_ORGANISATION(true),
    SUBMIT_REPORT(true),

    READ_REPORT(false),
    CLASSIFY(false),
    REJECT(false),
    DISPATCH(false),
    EXTEND(false),
    CLOSE(false),
    ACCEPT(false),
    RETURN(false),
    PROGRESS(false),
    RESOLVE(false),
    VERIFY(false),
    RATE(false),
    ESCALATE(false),

    WATCH_WALL(false),
    MANAGE_USERS(false),
    MANAGE_DISPLAYS(false),
    READ_ACCESS_LOG(false),
    READ_LEDGER(false),
    FIND_RESIDENT(false),
    ERASE_RESIDENT(false);

    private final boolean open;

    Action(boolean open) {
        this.open = open;
    }

    /** Open to anyone, signed in or not; a token sent anyway is still checked. */
    public boolean isOpen() {
        return open;
    }
}
