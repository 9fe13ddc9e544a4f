package org.gridsteward.report;

/** Field rules shared by the command handlers; each failure names the field so the caller can point at it. */
final class Check {

    private Check() {}

    static void present(String field, Object value) {
        if (value == null) {
            throw new InvalidCommandException(field, "is required");
        }
    }

    static void id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidCommandException(field, "is required");
        }
    }

    static void text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidCommandException(field, "is required");
        }
        optionalText(field, value, maxLength);
    }

    static void optionalText(String field, String value, int maxLength) {
        // Counted in code points so a limit means the same to a resident typing Chinese or emoji.
        if (value != null && value.codePointCount(0, value.length()) > maxLength) {
            throw new InvalidCommandException(field, "must be at most " + maxLength + " characters");
        }
    }

    static void photos(String field, java.util.List<String> ids, int max) {
        if (ids == null) {
            return;
        }
        if (ids.size() > max) {
            throw new InvalidCommandException(field, "must name at most " + max + " photos");
        }
        if (ids.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw new InvalidCommandException(field, "must not contain an empty id");
        }
        if (ids.stream().distinct().count() != ids.size()) {
            throw new InvalidCommandException(field, "must not name a photo twice");
        }
    }
}
