package org.gridsteward.events.wall;

import java.time.Instant;

/**
 * The whole view of a scope at {@code version}. Sent first, after a reconnect whose missed deltas are no longer
 * kept ({@code reason} {@code "resume"}), to a display too slow to keep up ({@code "resync"}) and to every
 * display once the views were rebuilt from the log ({@code "rebuilt"}); the first one says {@code "subscribe"}. {@code view} has the fields of {@code GET /api/views/{scope}}.
 */
public record SnapshotFrame(String scope, long version, String reason, Instant at, Object view) implements WallFrame {}
