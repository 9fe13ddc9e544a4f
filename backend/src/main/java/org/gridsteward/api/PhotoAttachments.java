package org.gridsteward.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridsteward.events.report.ReportSubmitted;
import org.gridsteward.photos.PhotoClaim;
import org.gridsteward.photos.PhotoStore;

/**
 * The photos of reports as the report endpoints see them: claimed for a report as it is submitted, and sent back
 * only as part of the report that recorded them.
 */
@ApplicationScoped
public class PhotoAttachments {
    private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", "jpg", "image/png", "png", "image/webp", "webp");

    @Inject
    PhotoStore photos;

    /**
     * Claims every photo for the report, or none: a photo that does not exist or belongs to another report
     * refuses the submission, naming it, and frees those claimed before it.
     */
    void claim(List<String> photoIds, String reportId) {
        List<String> claimed = new ArrayList<>();
        for (int i = 0; i < photoIds.size(); i++) {
            String photoId = photoIds.get(i);
            PhotoClaim result = photos.claim(photoId, reportId);
            if (result != PhotoClaim.ATTACHED) {
                photos.release(claimed, reportId);
                throw new PhotoNotAttachableException("photoIds[" + i + "]", result == PhotoClaim.UNKNOWN
                        ? "no photo " + photoId + " was uploaded"
                        : "photo " + photoId + " belongs to another report");
            }
            claimed.add(photoId);
        }
    }

    void release(List<String> photoIds, String reportId) {
        photos.release(photoIds, reportId);
    }

    /** The photo as an image response, if the report recorded it; otherwise 404, as for a photo that never was. */
    Response read(ReportSubmitted report, String photoId) {
        if (report.photoIds() == null || !report.photoIds().contains(photoId)) {
            return notFound(photoId);
        }
        return photos.read(photoId)
                .map(photo -> Response.ok(photo.content(), photo.stored().contentType())
                        // Immutable, but only for this reader: no shared cache may keep a resident's photo.
                        .header("Cache-Control", "private, max-age=86400")
                        .header("Content-Disposition", "inline; filename=\"" + photoId + "."
                                + EXTENSIONS.getOrDefault(photo.stored().contentType(), "img") + "\"")
                        .header("Content-Length", photo.content().length)
                        .build())
                .orElseGet(() -> notFound(photoId));
    }

    private static Response notFound(String photoId) {
        return Problem.of(404, "not-found", "Not found", "this report has no photo '" + photoId + "'").toResponse();
    }

    /** A photo named in a submission that cannot be attached to it: answered 400 naming the field. */
    public static final class PhotoNotAttachableException extends RuntimeException {
        private final String field;

        PhotoNotAttachableException(String field, String problem) {
            super(problem);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
