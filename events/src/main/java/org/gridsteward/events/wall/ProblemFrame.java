package org.gridsteward.events.wall;

/** Why the server is about to close the connection: {@code invalid-scope} or {@code unknown-scope}. */
public record ProblemFrame(String code, String detail) implements WallFrame {}
