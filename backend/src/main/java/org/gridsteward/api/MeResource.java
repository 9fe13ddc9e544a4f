package org.gridsteward.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridsteward.access.Action;
import org.gridsteward.access.Caller;
import org.gridsteward.access.Scope;

/**
 * The signed-in account as the server knows it. A page cannot read the reach or the department from the
 * token (an identity provider's token names them in its own claims), so it asks here before offering actions.
 */
@Path("/api/me")
@Tag(name = "sign-in")
public class MeResource {
    private final CurrentCaller current;

    public MeResource(CurrentCaller current) {
        this.current = current;
    }

    /** {@code scope} is null for an account whose reach is not a place (a department handler's is their department). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Me(String username, String role, Reach scope, String departmentId) {}

    public record Reach(String level, List<String> ids) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Guard(Action.READ_SELF)
    @Operation(summary = "Who the caller is: username, role, the area they look after and, for a handler, their department")
    public Me me() {
        Caller caller = current.required();
        return new Me(caller.id(), caller.role().name(), reach(caller.scope()), caller.departmentId());
    }

    private static Reach reach(Scope scope) {
        if (scope.level() != Scope.Level.CITY && scope.ids().isEmpty()) {
            return null;
        }
        return new Reach(scope.level().name(), scope.ids().stream().sorted().toList());
    }
}
