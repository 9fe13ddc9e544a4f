package org.gridsteward.events.report;

import java.time.Instant;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;

/** 办结超期: the department did not resolve the report by {@code dueAt}. */
@EventType(name = "ResolutionOverdue")
public record ResolutionOverdue(String reportId, String departmentId, Instant dueAt, Actor actor, Instant at)
        implements ReportEvent {}
