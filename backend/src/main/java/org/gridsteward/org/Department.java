package org.gridsteward.org;

import java.util.Objects;

/** A functional department (职能部门) that reports are dispatched to. */
public record Department(String id, LocalizedName name) {
    public Department {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
