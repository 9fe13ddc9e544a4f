package org.gridsteward.store;

import org.axonframework.eventsourcing.eventstore.EventStoreException;

/** An event with this identifier is already in the log; a retried append must not store it twice. */
public class DuplicateEventIdException extends EventStoreException {
    public DuplicateEventIdException(String eventId) {
        super("event " + eventId + " is already stored");
    }
}
