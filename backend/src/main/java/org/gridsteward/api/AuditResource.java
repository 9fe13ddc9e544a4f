package org.gridsteward.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridsteward.access.Action;
import org.gridsteward.audit.AccessLog;

/** The access log, for auditors: who read reports and who changed what, in order. */
@Path("/api/audit/access-log")
@Tag(name = "audit")
public class AuditResource {
    private static final int MAX_PAGE = 500;

    private final AccessLog log;

    public AuditResource(AccessLog log) {
        this.log = log;
    }

    public record Page(List<AccessLog.Entry> entries, long next) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Guard(Action.READ_ACCESS_LOG)
    @Operation(summary = "Access log entries from position 'from' (1 = the first), at most 'limit' (up to 500) of them")
    public Page read(@QueryParam("from") String from, @QueryParam("limit") String limit) {
        long start = number("from", from, 1, Long.MAX_VALUE / 2, 1);
        int size = (int) number("limit", limit, 1, MAX_PAGE, 100);
        List<AccessLog.Entry> entries = log.read(start, size);
        long next = entries.isEmpty() ? start : entries.get(entries.size() - 1).position() + 1;
        return new Page(entries, next);
    }

    private static long number(String field, String text, long min, long max, long fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new RequestRuleException(field, "must be a whole number from " + min + " to " + max);
    }
}
