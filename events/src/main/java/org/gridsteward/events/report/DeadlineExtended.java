package org.gridsteward.events.report;

import java.time.Instant;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;

/** 延期: the resolution deadline moved from {@code previousDueAt} to {@code newDueAt}. */
@EventType(name = "DeadlineExtended")
public record DeadlineExtended(
        String reportId, Instant previousDueAt, Instant newDueAt, String reason, Actor actor, Instant at)
        implements ReportEvent {}
