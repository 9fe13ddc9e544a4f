package org.gridsteward.events.report;

import java.time.Instant;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;

/** 签收超时: the department did not sign for the report by {@code dueAt}. */
@EventType(name = "SignOffOverdue")
public record SignOffOverdue(String reportId, String departmentId, Instant dueAt, Actor actor, Instant at)
        implements ReportEvent {}
