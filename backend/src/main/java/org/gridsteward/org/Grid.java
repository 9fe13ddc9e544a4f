package org.gridsteward.org;

import java.util.List;
import java.util.Objects;

/** A grid (网格): the smallest unit a grid worker looks after, a few hundred households. */
public record Grid(String id, LocalizedName name, int households, List<Building> buildings) {
    public Grid {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        buildings = List.copyOf(buildings);
    }
}
