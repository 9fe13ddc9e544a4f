package org.gridsteward.org;

import java.util.Objects;

/** The city at the root of the tree; its streets are listed beside it in {@link OrgDefinition}. */
public record City(String id, LocalizedName name) {
    public City {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
