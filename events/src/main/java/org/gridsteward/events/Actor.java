package org.gridsteward.events;

import java.util.Objects;

/** Who did something: an account, a resident's receipt, or the system itself. */
public record Actor(String id, Role role) {
    public static final Actor SYSTEM = new Actor("system", Role.SYSTEM);

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }
}
