package org.gridsteward.org;

/** How a category's time limits are counted. */
public enum HoursKind {
    /** Only working hours count, so a Friday-evening report is not overdue by Monday morning. */
    WORKING,
    /** Every hour counts; for hazards that cannot wait for the weekend. */
    CALENDAR
}
