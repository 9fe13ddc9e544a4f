package org.gridsteward.views;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The colour a grid takes on the wall's map right now, from its open deadlines alone: red when three or more
 * reports are overdue or one has been overdue for more than a day (by then 督办 has reached the street), yellow
 * when any report is overdue or due within a day, blue otherwise. A live alert, worst first; not the quarterly
 * 红蓝黄 rating of a grid.
 */
public enum GridLevel {
    RED("red"),
    YELLOW("yellow"),
    BLUE("blue");

    /** Overdue reports from which a grid is red however recent they are. */
    static final int RED_OVERDUE = 3;

    private final String field;

    GridLevel(String field) {
        this.field = field;
    }

    static GridLevel of(DueCounts due) {
        if (due.overdue() >= RED_OVERDUE || due.overdueOver24h() > 0) {
            return RED;
        }
        if (due.overdue() > 0 || due.dueWithin24h() > 0) {
            return YELLOW;
        }
        return BLUE;
    }

    /** The level as frames write it. */
    @JsonValue
    public String field() {
        return field;
    }
}
