package org.gridsteward.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.gridsteward.access.AccessRules;
import org.gridsteward.access.Action;
import org.gridsteward.auth.WallScopes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.gridsteward.views.InvalidScopeException;
import org.gridsteward.views.Scope;
import org.gridsteward.views.ScopeView;
import org.gridsteward.views.ScopeViews;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The live view of a scope, as a wall's snapshot frame carries it. */
@Path("/api/views")
@Produces(MediaType.APPLICATION_JSON)
public class ViewsResource {

    @Inject
    ScopeViews views;

    @Inject
    AccessRules rules;

    @Inject
    CurrentCaller current;

    @GET
    @Path("{scope}")
    @Guard(Action.WATCH_WALL)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ScopeView.class)))
    @APIResponse(responseCode = "400", description = "the scope is not written as city or kind:id")
    @APIResponse(responseCode = "403", description = "the scope lies outside the caller's part of the city")
    @APIResponse(responseCode = "404", description = "the city has no such street, community or grid")
    public Response view(@PathParam("scope") String scope) {
        Scope parsed = Scope.parse(scope);
        if (!rules.maySee(current.required(), WallScopes.reach(parsed))) {
            return AccessProblems.forbidden("scope " + scope + " lies outside the caller's part of the city");
        }
        return views.view(parsed)
                .map(view -> Response.ok(view).build())
                .orElseGet(() -> Problem.of(404, "unknown-scope", "Unknown scope",
                        "the city has no " + parsed.kind().prefix() + " '" + parsed.id() + "'").toResponse());
    }

    @ServerExceptionMapper
    public Response invalidScope(InvalidScopeException e) {
        return Problem.of(400, "invalid-scope", "Invalid scope", e.getMessage(),
                List.of(new Problem.FieldError("scope", e.getMessage()))).toResponse();
    }
}
