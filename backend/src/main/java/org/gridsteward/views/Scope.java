package org.gridsteward.views;

import java.util.regex.Pattern;

/** What a wall looks at: the whole city, or one street, community or grid. Written {@code kind:id}. */
public record Scope(Kind kind, String id) {
    public static final Scope CITY = new Scope(Kind.CITY, null);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public enum Kind {
        CITY("city"),
        STREET("street"),
        COMMUNITY("community"),
        GRID("grid");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    public static Scope grid(String id) {
        return new Scope(Kind.GRID, id);
    }

    public static Scope community(String id) {
        return new Scope(Kind.COMMUNITY, id);
    }

    public static Scope street(String id) {
        return new Scope(Kind.STREET, id);
    }

    /**
     * @throws InvalidScopeException when the text is not {@code city} or {@code street|community|grid:<id>}
     */
    public static Scope parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidScopeException(text, "scope is required");
        }
        if (text.equals("city")) {
            return CITY;
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new InvalidScopeException(text, "expected city, street:<id>, community:<id> or grid:<id>");
        }
        String prefix = text.substring(0, colon);
        String id = text.substring(colon + 1);
        for (Kind kind : Kind.values()) {
            if (kind != Kind.CITY && kind.prefix.equals(prefix)) {
                if (!ID.matcher(id).matches()) {
                    throw new InvalidScopeException(text, "the id must be 1 to 64 letters, digits, '.', '_' or '-'");
                }
                return new Scope(kind, id);
            }
        }
        throw new InvalidScopeException(text, "unknown scope kind '" + prefix + "'; expected street, community or grid");
    }

    /** The written form, also the key of the scope's read-model documents. */
    public String key() {
        return kind == Kind.CITY ? "city" : kind.prefix + ":" + id;
    }

    @Override
    public String toString() {
        return key();
    }
}
