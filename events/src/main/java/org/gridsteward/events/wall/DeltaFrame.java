package org.gridsteward.events.wall;

import java.time.Instant;

/**
 * One section of the scope's view replaced whole by {@code data}: {@code figures}, {@code board}, {@code ticker},
 * {@code categories}, {@code departments} or {@code grids}. Versions of a scope increase by one from
 * delta to delta; the first delta after a snapshot carries the snapshot's version plus one.
 */
public record DeltaFrame(String scope, long version, String section, Instant at, Object data) implements WallFrame {}
