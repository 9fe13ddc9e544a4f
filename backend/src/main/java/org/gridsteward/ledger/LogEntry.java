package org.gridsteward.ledger;

/** What the event store holds at one position, as the verifier sees it. */
public sealed interface LogEntry {
    /** An event, with the leaf hash its writer stored beside it (null in a log written before leaf hashes). */
    record Event(StoredEvent event, byte[] leafAtInsert) implements LogEntry {}

    /** A position fenced so it never holds an event. */
    record Fenced(long position) implements LogEntry {}
}
