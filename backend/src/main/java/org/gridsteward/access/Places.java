package org.gridsteward.access;

import java.util.Optional;

/** Where a grid or community lies in the city tree: all the access rules need to know of the organisation. */
public interface Places {
    Optional<String> streetOf(String gridId);

    Optional<String> communityOf(String gridId);

    Optional<String> streetOfCommunity(String communityId);
}
