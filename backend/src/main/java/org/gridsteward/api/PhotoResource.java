package org.gridsteward.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridsteward.access.Action;
import org.gridsteward.photos.ImageType;
import org.gridsteward.photos.LocationStripper;
import org.gridsteward.photos.MalformedImageException;
import org.gridsteward.photos.PhotoStore;
import org.gridsteward.photos.StoredPhoto;

/**
 * Photos for a report about to be submitted: the body is the image itself, as a browser's fetch() sends a Blob.
 * Its location data is removed before it is stored; the id answered is then named in the submission.
 */
@Path(PhotoResource.PATH)
@Tag(name = "reports")
@Produces(MediaType.APPLICATION_JSON)
public class PhotoResource {
    /** The one path whose bodies may exceed grid.http.max-request-bytes ({@link EarlyBodyLimit}). */
    static final String PATH = "/api/photos";

    @Inject
    PhotoStore photos;

    @ConfigProperty(name = "grid.photos.max-bytes", defaultValue = "5242880")
    int maxBytes;

    public record Uploaded(String photoId, String contentType, long bytes) {}

    @POST
    @Consumes(MediaType.WILDCARD)
    @Guard(value = Action.UPLOAD_PHOTO, rateLimited = true)
    @Operation(summary = "Upload one photo (the raw bytes of a JPEG, PNG or WebP image, sent with its Content-Type) "
            + "for a report; answers the id to name in the submission's photoIds. Location and other metadata are removed")
    public Response upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Context RoutingContext http,
                           InputStream body) throws IOException {
        Optional<ImageType> declared = ImageType.declaredBy(contentType);
        if (declared.isEmpty()) {
            return unread(http, Problem.of(415, "unsupported-image-type", "Unsupported image type",
                    "send the photo as image/jpeg, image/png or image/webp, not " + (contentType == null ? "without a Content-Type" : contentType),
                    List.of(new Problem.FieldError("Content-Type", "one of image/jpeg, image/png, image/webp"))));
        }
        // One byte more than allowed tells an oversized body apart; the rest of it is never read.
        byte[] content = body.readNBytes(maxBytes + 1);
        if (content.length > maxBytes) {
            return unread(http, Problem.of(413, "body-too-large", "Body too large",
                    "a photo may be at most " + maxBytes + " bytes"));
        }
        if (content.length == 0) {
            return Problem.of(400, "empty-photo", "Empty photo", "the request body holds no image",
                    List.of(new Problem.FieldError("body", "the image's bytes"))).toResponse();
        }
        Optional<ImageType> actual = ImageType.of(content);
        if (actual.isEmpty() || actual.get() != declared.get()) {
            return Problem.of(415, "image-type-mismatch", "Image type mismatch",
                    "the body is declared " + declared.get().mediaType() + " but its content is "
                            + actual.map(ImageType::mediaType).orElse("not a JPEG, PNG or WebP image"),
                    List.of(new Problem.FieldError("Content-Type", "must match the image's content"))).toResponse();
        }
        byte[] stripped;
        try {
            stripped = LocationStripper.strip(declared.get(), content);
        } catch (MalformedImageException e) {
            return Problem.of(400, "malformed-image", "Malformed image", e.getMessage(),
                    List.of(new Problem.FieldError("body", "a complete " + declared.get().mediaType() + " image"))).toResponse();
        }
        StoredPhoto stored = photos.store(declared.get(), stripped);
        return Response.status(201).header("Cache-Control", "no-store")
                .entity(new Uploaded(stored.photoId(), stored.contentType(), stored.bytes())).build();
    }

    /**
     * Refused with the body (or the rest of it) unread: once the answer is written the connection is closed, since
     * keeping it open would mean reading and discarding whatever the client still sends.
     */
    private static Response unread(RoutingContext http, Problem problem) {
        http.addEndHandler(written -> http.request().connection().close());
        return Response.fromResponse(problem.toResponse()).header("Connection", "close").build();
    }
}
