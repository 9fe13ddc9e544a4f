package org.gridsteward.access;

/** Everything a caller can ask of the API. Every endpoint names exactly one of these. */
public enum Action {
    /** No sign-in needed. */
    SIGN_IN(true),
    READ_ORGANISATION(true),
    SUBMIT_REPORT(true),
    /** A photo for a report about to be submitted; anyone who may submit one. */
    UPLOAD_PHOTO(true),

    READ_REPORT(false),
    /** Lists of reports, each row one the caller may read on its own. */
    SEARCH_REPORTS(false),
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
    ERASE_RESIDENT(false),
    /** Who the signed-in account is: role, reach and department, so a page offers the right actions. */
    READ_SELF(false);

    private final boolean open;

    Action(boolean open) {
        this.open = open;
    }

    /** Open to anyone, signed in or not; a token sent anyway is still checked. */
    public boolean isOpen() {
        return open;
    }
}
