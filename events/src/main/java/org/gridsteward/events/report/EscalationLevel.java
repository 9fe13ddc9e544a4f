package org.gridsteward.events.report;

/** Who supervises an overdue report (督办), from the nearest level up. */
public enum EscalationLevel {
    COMMUNITY,
    STREET,
    CITY
}
