package org.gridsteward.events.wall;

import java.time.Instant;

/** Sent on an idle connection now and then: the connection lives and the scope is at {@code version}. */
public record HeartbeatFrame(String scope, long version, Instant at) implements WallFrame {}
