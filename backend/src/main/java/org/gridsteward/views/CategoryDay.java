package org.gridsteward.views;

import java.util.HashMap;
import java.util.Map;

/** How many reports of each category a scope received on one day (Asia/Shanghai). */
public record CategoryDay(String scope, String day, Position applied, Map<String, Long> counts) {
    public CategoryDay {
        counts = Map.copyOf(counts);
    }

    public static String key(String scope, String day) {
        return scope + "|" + day;
    }

    static CategoryDay empty(String scope, String day) {
        return new CategoryDay(scope, day, Position.NONE, Map.of());
    }

    CategoryDay moved(String from, String to, Position position) {
        Map<String, Long> next = new HashMap<>(counts);
        if (from != null) {
            next.merge(from, -1L, Long::sum);
        }
        if (to != null) {
            next.merge(to, 1L, Long::sum);
        }
        next.values().removeIf(count -> count == 0);
        return new CategoryDay(scope, day, applied.including(position), next);
    }
}
