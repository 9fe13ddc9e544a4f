package org.gridsteward.org;

import java.util.Objects;

/** A building (楼栋) inside a grid. */
public record Building(String id, LocalizedName name) {
    public Building {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
