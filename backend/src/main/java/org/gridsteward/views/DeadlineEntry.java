package org.gridsteward.views;

import java.time.Instant;
import org.gridsteward.report.Status;

/** An open report with a resolution deadline still to meet. */
public record DeadlineEntry(String reportId, String gridId, String categoryId, Status status, Instant dueAt) {}
