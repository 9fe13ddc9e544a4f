package org.gridsteward.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.gridsteward.views.ListEntry;

/**
 * Where the next page starts: the last row's place in the lists (submission time and report id), written as an
 * opaque token so that clients pass it back rather than build it.
 */
final class Cursor {
    private static final Pattern REPORT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int MAX_LENGTH = 200;

    private Cursor() {}

    static String write(ListEntry entry) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((entry.at() + ":" + entry.reportId()).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidSearchException naming {@code after} when the text is not a cursor this server wrote */
    static ListEntry read(String text) {
        if (text.length() > MAX_LENGTH) {
            throw malformed();
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw malformed();
        }
        String id = decoded.substring(colon + 1);
        if (!REPORT_ID.matcher(id).matches()) {
            throw malformed();
        }
        try {
            return new ListEntry(Long.parseLong(decoded.substring(0, colon)), id);
        } catch (NumberFormatException e) {
            throw malformed();
        }
    }

    private static InvalidSearchException malformed() {
        return new InvalidSearchException("after", "not a cursor from this list; pass back the 'next' of the previous page");
    }
}
