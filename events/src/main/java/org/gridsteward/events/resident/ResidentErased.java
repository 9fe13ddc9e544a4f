package org.gridsteward.events.resident;

import java.time.Instant;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;

/**
 * A resident's key was deleted: every name and phone number they left is unreadable from now on. Holds no
 * personal data, only the random id the reports refer to them by.
 */
@EventType(name = "ResidentErased")
public record ResidentErased(String residentId, Actor actor, Instant at) implements ResidentEvent {}
