package org.gridsteward.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.gridsteward.events.Actor;
import org.gridsteward.events.resident.ResidentErased;

/**
 * Erases a resident: records {@link ResidentErased} in the log, then deletes their phone index entry and their
 * key, after which every name and number they left, in the log or wherever a copy of an event went, is
 * ciphertext nobody can open. The event comes first: a failure after it leaves a key that the next attempt
 * deletes, never a deleted key with no record of who deleted it.
 */
@ApplicationScoped
public class ResidentErasure {
    /** The stream an erasure is recorded in, one per resident: a second erasure finds it already there. */
    static final String STREAM_TYPE = "Resident";

    private final ResidentKeys keys;
    private final ResidentMasks masks;
    private final EventStore events;
    private final Clock clock;

    public ResidentErasure(ResidentKeys keys, ResidentMasks masks, EventStore events, Clock clock) {
        this.keys = keys;
        this.masks = masks;
        this.events = events;
        this.clock = clock;
    }

    public enum Outcome { ERASED, ALREADY_ERASED, UNKNOWN }

    public Outcome erase(String residentId, Actor actor) {
        boolean recorded = events.lastSequenceNumberFor(residentId).isPresent();
        if (keys.wrappedKey(residentId).isEmpty()) {
            return recorded ? Outcome.ALREADY_ERASED : Outcome.UNKNOWN;
        }
        if (!recorded) {
            try {
                events.publish(new GenericDomainEventMessage<>(STREAM_TYPE, residentId, 0L,
                        new ResidentErased(residentId, actor, clock.instant()), MetaData.emptyInstance()));
            } catch (AggregateStreamCreationException concurrent) {
                // Erased at the same moment by someone else: one record is enough, and the key goes either way.
            }
        }
        keys.forget(residentId);
        masks.forget(residentId);
        return Outcome.ERASED;
    }
}
