package org.gridsteward.org;

import java.util.List;
import java.util.Objects;

/** A street (街道), the city's subdistrict, and its communities. */
public record Street(String id, LocalizedName name, List<Community> communities) {
    public Street {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        communities = List.copyOf(communities);
    }
}
