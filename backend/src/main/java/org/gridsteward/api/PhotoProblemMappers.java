package org.gridsteward.api;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The problem documents of photo rules. */
public class PhotoProblemMappers {
    @ServerExceptionMapper
    public Response notAttachable(PhotoAttachments.PhotoNotAttachableException e) {
        return Problem.of(400, "photo-not-attachable", "Photo cannot be attached", e.getMessage(),
                List.of(new Problem.FieldError(e.field(), e.getMessage()))).toResponse();
    }
}
