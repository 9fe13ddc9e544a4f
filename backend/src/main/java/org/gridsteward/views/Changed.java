package org.gridsteward.views;

/** One section of one scope's view that an event changed. */
public record Changed(String scope, Section section) {}
