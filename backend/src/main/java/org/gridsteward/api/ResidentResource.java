package org.gridsteward.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridsteward.access.Action;
import org.gridsteward.privacy.ResidentErasure;
import org.gridsteward.privacy.Residents;

/**
 * Residents' personal data as a whole (PIPL): find a resident by their phone number, and erase them. Both are
 * admin's, who answers residents' requests; both land in the access log like every guarded call.
 */
@Path("/api/residents")
@Tag(name = "residents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResidentResource {
    private static final java.util.regex.Pattern RESIDENT_ID =
            java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Residents residents;
    private final ResidentErasure erasure;
    private final CurrentCaller current;

    public ResidentResource(Residents residents, ResidentErasure erasure, CurrentCaller current) {
        this.residents = residents;
        this.erasure = erasure;
        this.current = current;
    }

    /** The phone number travels in the body, so it never lands in a URL or an access log line. */
    public record Lookup(@NotBlank @Pattern(regexp = "\\+?[0-9][0-9 -]{4,19}", message = "must be a phone number") String phone) {}

    public record Found(String residentId) {}

    @POST
    @Path("lookup")
    @Guard(Action.FIND_RESIDENT)
    @Operation(summary = "The resident a phone number belongs to, found through the keyed phone index")
    public Response lookup(@Valid @NotNull Lookup body) {
        return residents.findByPhone(body.phone())
                .map(id -> Response.ok(new Found(id)).header("Cache-Control", "no-store").build())
                .orElseGet(() -> notFound("no resident has this phone number"));
    }

    @DELETE
    @Path("{residentId}")
    @Guard(Action.ERASE_RESIDENT)
    @Operation(summary = "Erase a resident: their key is deleted and an erasure recorded; every name and phone number "
            + "they left becomes unreadable, while their reports, counts and rates stay. Erasing again changes nothing")
    public Response erase(@PathParam("residentId") String residentId) {
        if (!RESIDENT_ID.matcher(residentId).matches()
                || erasure.erase(residentId, current.required().actor()) == ResidentErasure.Outcome.UNKNOWN) {
            return notFound("no resident " + residentId);
        }
        return Response.noContent().build();
    }

    private static Response notFound(String detail) {
        return Problem.of(404, "not-found", "Not found", detail).toResponse();
    }
}
