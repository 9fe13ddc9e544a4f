package org.gridsteward.org;

import java.util.List;
import java.util.Objects;

/** A community (社区) and the grids it is divided into. */
public record Community(String id, LocalizedName name, List<Grid> grids) {
    public Community {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        grids = List.copyOf(grids);
    }
}
