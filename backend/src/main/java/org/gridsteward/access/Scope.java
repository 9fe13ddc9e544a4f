package org.gridsteward.access;

import java.util.Objects;
import java.util.Set;

/**
 * The part of the city a person or a display looks after: the whole city, or a set of streets, communities
 * or grids. A report belongs to a scope when its grid lies inside it.
 */
public record Scope(Level level, Set<String> ids) {
    public enum Level { CITY, STREET, COMMUNITY, GRID }

    public static final Scope CITY = new Scope(Level.CITY, Set.of());
    /** For accounts whose reach is not a place (a department handler's is their department). */
    public static final Scope NONE = new Scope(Level.GRID, Set.of());

    public Scope {
        Objects.requireNonNull(level, "level");
        ids = ids == null ? Set.of() : Set.copyOf(ids);
        if (level == Level.CITY && !ids.isEmpty()) {
            throw new IllegalArgumentException("a city scope names no ids");
        }
    }

    public static Scope of(Level level, String... ids) {
        return new Scope(level, Set.of(ids));
    }

    public boolean containsGrid(String gridId, Places places) {
        if (gridId == null) {
            return false;
        }
        return switch (level) {
            case CITY -> true;
            case STREET -> places.streetOf(gridId).map(ids::contains).orElse(false);
            case COMMUNITY -> places.communityOf(gridId).map(ids::contains).orElse(false);
            case GRID -> ids.contains(gridId);
        };
    }

    /** Whether everything in {@code other} also lies in this scope, as a wall subscription must. */
    public boolean covers(Scope other, Places places) {
        if (level == Level.CITY) {
            return true;
        }
        if (other.level == Level.CITY || other.ids.isEmpty()) {
            return false;
        }
        return switch (other.level) {
            case CITY -> false;
            case STREET -> level == Level.STREET && ids.containsAll(other.ids);
            case COMMUNITY -> switch (level) {
                case STREET -> other.ids.stream().allMatch(c -> places.streetOfCommunity(c).map(ids::contains).orElse(false));
                case COMMUNITY -> ids.containsAll(other.ids);
                default -> false;
            };
            case GRID -> other.ids.stream().allMatch(g -> containsGrid(g, places));
        };
    }
}
