package org.gridsteward.auth;

import java.util.Optional;
import org.gridsteward.access.Places;
import org.gridsteward.org.CityOrganisation;
import org.gridsteward.org.Community;
import org.gridsteward.org.Street;

/** The access rules' view of the city tree. */
public final class OrganisationPlaces implements Places {
    private final CityOrganisation city;

    public OrganisationPlaces(CityOrganisation city) {
        this.city = city;
    }

    @Override
    public Optional<String> streetOf(String gridId) {
        return city.streetOf(gridId).map(Street::id);
    }

    @Override
    public Optional<String> communityOf(String gridId) {
        return city.communityOf(gridId).map(Community::id);
    }

    @Override
    public Optional<String> streetOfCommunity(String communityId) {
        return city.streets().stream()
                .filter(s -> s.communities().stream().anyMatch(c -> c.id().equals(communityId)))
                .map(Street::id).findFirst();
    }

    /** Whether every id names a place of that level, so a scope never points at nothing. */
    boolean exists(org.gridsteward.access.Scope scope) {
        return scope.ids().stream().allMatch(id -> switch (scope.level()) {
            case CITY -> false;
            case STREET -> city.street(id).isPresent();
            case COMMUNITY -> city.community(id).isPresent();
            case GRID -> city.grid(id).isPresent();
        });
    }
}
