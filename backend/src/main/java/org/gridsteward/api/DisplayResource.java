package org.gridsteward.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridsteward.access.Action;
import org.gridsteward.access.Scope;
import org.gridsteward.auth.AccessWiring;
import org.gridsteward.auth.Display;
import org.gridsteward.auth.Displays;
import org.gridsteward.auth.Tokens;

/** Wall displays' tokens: long-lived, bound to one scope, listed and revoked by admin. */
@Path("/api/displays")
@Tag(name = "displays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisplayResource {
    private final Displays displays;
    private final Tokens tokens;
    private final AccessWiring.ScopeCheck scopes;
    private final Clock clock;
    private final Duration lifetime;

    public DisplayResource(Displays displays, Tokens tokens, AccessWiring.ScopeCheck scopes, Clock clock,
                           @ConfigProperty(name = "grid.auth.display-token-lifetime", defaultValue = "P365D") Duration lifetime) {
        this.displays = displays;
        this.tokens = tokens;
        this.scopes = scopes;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @GET
    @Guard(Action.MANAGE_DISPLAYS)
    @Operation(summary = "Every display token issued, revoked ones included; never the tokens themselves")
    public List<AccountRequests.DisplayView> list() {
        return displays.all().stream().map(AccountRequests.DisplayView::of)
                .sorted(Comparator.comparing(AccountRequests.DisplayView::issuedAt)).toList();
    }

    @POST
    @Guard(Action.MANAGE_DISPLAYS)
    @Operation(summary = "Issue a display token for one scope; the token is shown only in this answer")
    public Response issue(@Valid @NotNull AccountRequests.NewDisplay body) {
        Scope scope = body.scope().toScope();
        if (scope.level() != Scope.Level.CITY && (scope.ids().isEmpty() || !scopes.exists(scope))) {
            throw new RequestRuleException("scope.ids", "must name existing " + scope.level().name().toLowerCase() + " ids");
        }
        Instant now = clock.instant();
        Display display = new Display(Tokens.newDisplayId(), body.name(), scope, now, now.plus(lifetime), false);
        displays.record(display);
        String token = tokens.forDisplay(display);
        return Response.created(URI.create("/api/displays/" + display.id()))
                .entity(new AccountRequests.IssuedDisplay(AccountRequests.DisplayView.of(display), token, "/wall#token=" + token))
                .header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("{id}")
    @Guard(Action.MANAGE_DISPLAYS)
    @Operation(summary = "Revoke a display token; the display is refused from its next request on")
    public Response revoke(@PathParam("id") String id) {
        if (id.length() > 64 || !displays.revoke(id)) {
            return Problem.of(404, "not-found", "Not found", "no display '" + id + "'").toResponse();
        }
        return Response.noContent().build();
    }
}
