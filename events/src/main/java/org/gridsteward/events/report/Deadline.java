package org.gridsteward.events.report;

/** The two time limits of a dispatch. */
public enum Deadline {
    /** 签收时限: the department must sign for the report. */
    SIGN_OFF,
    /** 办结时限: the department must resolve it. */
    RESOLUTION
}
