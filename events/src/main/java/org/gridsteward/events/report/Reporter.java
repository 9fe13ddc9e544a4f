package org.gridsteward.events.report;

/** The person who reported, when they left their details. Personal data: never shown unmasked on a wall. */
public record Reporter(String name, String phone) {}
