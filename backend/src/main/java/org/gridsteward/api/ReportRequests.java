package org.gridsteward.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.gridsteward.events.report.Channel;
import org.gridsteward.events.report.Priority;
import org.gridsteward.events.report.Satisfaction;
import org.gridsteward.report.Report;

/** The bodies the report endpoints accept. Limits here match the aggregate's, so most errors stop at the door. */
public final class ReportRequests {
    private ReportRequests() {}

    static final String ID = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";

    public record Submit(
            @NotBlank @Pattern(regexp = ID) String gridId,
            @Pattern(regexp = ID) String buildingId,
            @NotBlank @Pattern(regexp = ID) String categoryId,
            @NotBlank @Size(max = 2000) String description,
            Channel channel,
            @Valid Reporter reporter,
            @Size(max = Report.MAX_PHOTOS) List<@NotBlank @Pattern(regexp = PHOTO_ID, message = "is not a photo id") String> photoIds) {}

    /** As {@code POST /api/photos} answers them. */
    static final String PHOTO_ID = "[A-Za-z0-9_-]{22}";

    public record Reporter(
            @Size(max = 50) String name,
            @Pattern(regexp = "\\+?[0-9][0-9 -]{4,19}", message = "must be a phone number") String phone) {}

    public record Classify(@NotBlank @Pattern(regexp = ID) String categoryId, Priority priority) {}

    public record Reject(@NotBlank @Size(max = 1000) String reason) {}

    public record Dispatch(
            @NotBlank @Pattern(regexp = ID) String departmentId,
            Instant signOffDueAt,
            Instant dueAt,
            @Size(max = 1000) String instructions) {}

    public record Accept(@NotBlank @Pattern(regexp = ID) String departmentId) {}

    public record Return(@NotBlank @Pattern(regexp = ID) String departmentId, @NotBlank @Size(max = 1000) String reason) {}

    public record Extend(@NotNull Instant newDueAt, @NotBlank @Size(max = 1000) String reason) {}

    public record Progress(@NotBlank @Size(max = 1000) String note) {}

    public record Resolve(@NotBlank @Pattern(regexp = ID) String departmentId, @NotBlank @Size(max = 1000) String resolution) {}

    /** {@code passed: false} sends the report back for rework and then needs a note saying why. */
    public record Verify(@NotNull Boolean passed, @Size(max = 1000) String note) {}

    public record Rate(@NotNull Satisfaction satisfaction, @Size(max = 1000) String comment) {}

    public record Close() {}

    /** Nothing to say: the level is the caller's office's. */
    public record Escalate() {}
}
