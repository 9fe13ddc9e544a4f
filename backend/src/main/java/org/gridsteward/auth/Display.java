package org.gridsteward.auth;

import java.time.Instant;
import org.gridsteward.access.Scope;

/** A wall display's standing credential: bound to one scope, revocable. */
public record Display(String id, String name, Scope scope, Instant issuedAt, Instant expiresAt, boolean revoked) {}
