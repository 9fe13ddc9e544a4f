package org.gridsteward.views;

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
        return new CategoryDay(scope, day, applied.including(position), Counts.moved(counts, from, to));
    }
}
