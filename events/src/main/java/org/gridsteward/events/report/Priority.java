package org.gridsteward.events.report;

public enum Priority {
    NORMAL,
    URGENT
}
