package org.gridsteward.search;

import java.util.List;

/** A page of rows, newest first; {@code next} is the cursor of the following page, null on the last one. */
public record SearchPage(List<ReportRow> items, String next) {}
