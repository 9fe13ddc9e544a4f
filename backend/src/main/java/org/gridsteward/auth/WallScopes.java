package org.gridsteward.auth;

import org.gridsteward.access.Scope;

/** A wall's single scope ({@code kind:id}) as the reach that access rules compare with a caller's. */
public final class WallScopes {
    private WallScopes() {}

    public static Scope reach(org.gridsteward.views.Scope wall) {
        return switch (wall.kind()) {
            case CITY -> Scope.CITY;
            case STREET -> Scope.of(Scope.Level.STREET, wall.id());
            case COMMUNITY -> Scope.of(Scope.Level.COMMUNITY, wall.id());
            case GRID -> Scope.of(Scope.Level.GRID, wall.id());
        };
    }
}
