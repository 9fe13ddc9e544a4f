package org.gridsteward.views;

/** The parts a scope's view is made of; a change to one is sent to the wall as a whole. */
public enum Section {
    FIGURES("figures"),
    BOARD("board"),
    TICKER("ticker"),
    CATEGORIES("categories"),
    DEPARTMENTS("departments"),
    GRIDS("grids");

    private final String field;

    Section(String field) {
        this.field = field;
    }

    /** The name of the section in snapshot and delta frames. */
    public String field() {
        return field;
    }
}
