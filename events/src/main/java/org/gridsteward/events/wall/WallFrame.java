package org.gridsteward.events.wall;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What {@code /ws/wall} sends, one JSON text frame each, told apart by {@code type}. The schema is in
 * {@code wall/frames.schema.json} beside these records; {@code wall/frames.md} explains the protocol.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SnapshotFrame.class, name = "snapshot"),
    @JsonSubTypes.Type(value = DeltaFrame.class, name = "delta"),
    @JsonSubTypes.Type(value = HeartbeatFrame.class, name = "heartbeat"),
    @JsonSubTypes.Type(value = ProblemFrame.class, name = "problem")
})
public sealed interface WallFrame permits SnapshotFrame, DeltaFrame, HeartbeatFrame, ProblemFrame {}
