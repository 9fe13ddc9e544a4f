package org.gridsteward.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridsteward.access.Action;
import org.gridsteward.access.Scope;
import org.gridsteward.auth.AccessWiring;
import org.gridsteward.auth.Accounts;
import org.gridsteward.events.Role;
import org.gridsteward.org.CityOrganisation;

/** Accounts, managed by admin: create with a role and scope, disable, enable, reset a password. */
@Path("/api/users")
@Tag(name = "accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {
    /** Roles that are accounts; residents hold receipts and displays hold display tokens instead. */
    private static final Set<Role> ACCOUNT_ROLES = Set.of(Role.GRID_WORKER, Role.DISPATCHER, Role.DEPARTMENT_HANDLER,
            Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN);
    /** Roles whose reach is a part of the city and so need a scope. */
    private static final Set<Role> PLACED_ROLES = Set.of(Role.GRID_WORKER, Role.DISPATCHER, Role.SUPERVISOR);
    /** bcrypt reads only the first 72 bytes of a password. */
    private static final int BCRYPT_MAX_BYTES = 72;

    private final Accounts accounts;
    private final CityOrganisation city;
    private final AccessWiring.ScopeCheck scopes;
    private final CurrentCaller current;
    private final Clock clock;

    public AccountResource(Accounts accounts, CityOrganisation city, AccessWiring.ScopeCheck scopes,
                           CurrentCaller current, Clock clock) {
        this.accounts = accounts;
        this.city = city;
        this.scopes = scopes;
        this.current = current;
        this.clock = clock;
    }

    @GET
    @Guard(Action.MANAGE_USERS)
    @Operation(summary = "Every account, without passwords")
    public List<AccountRequests.AccountView> list() {
        return accounts.all().stream().map(AccountRequests.AccountView::of)
                .sorted(Comparator.comparing(AccountRequests.AccountView::username)).toList();
    }

    @POST
    @Guard(Action.MANAGE_USERS)
    @Operation(summary = "Create an account with one role; grid workers, dispatchers and supervisors need a scope, department handlers a department")
    public Response create(@Valid @NotNull AccountRequests.NewAccount body) {
        requireBcryptLength(body.password());
        if (!ACCOUNT_ROLES.contains(body.role())) {
            throw rule("role", "not an account role: " + body.role());
        }
        Scope scope = scopeFor(body);
        String department = null;
        if (body.role() == Role.DEPARTMENT_HANDLER) {
            if (body.departmentId() == null || city.department(body.departmentId()).isEmpty()) {
                return Problem.of(422, "unknown-reference", "Unknown reference",
                        "a department handler needs an existing departmentId",
                        List.of(new Problem.FieldError("departmentId", "unknown: " + body.departmentId()))).toResponse();
            }
            department = body.departmentId();
        } else if (body.departmentId() != null) {
            throw rule("departmentId", "only department handlers are bound to a department");
        }
        if (!accounts.create(body.username(), body.password(), body.role(), scope, department, clock.instant())) {
            return Problem.of(409, "username-taken", "Username taken", "an account '" + body.username() + "' already exists",
                    List.of(new Problem.FieldError("username", "already taken"))).toResponse();
        }
        return Response.created(URI.create("/api/users/" + body.username()))
                .entity(AccountRequests.AccountView.of(accounts.find(body.username()).orElseThrow())).build();
    }

    @POST
    @Path("{username}/disable")
    @Guard(Action.MANAGE_USERS)
    @Operation(summary = "Disable an account; its tokens stop working at once")
    public AccountRequests.AccountView disable(@PathParam("username") String username) {
        if (username.equals(current.required().id())) {
            throw rule("username", "an admin cannot disable their own account");
        }
        return setEnabled(username, false);
    }

    @POST
    @Path("{username}/enable")
    @Guard(Action.MANAGE_USERS)
    public AccountRequests.AccountView enable(@PathParam("username") String username) {
        return setEnabled(username, true);
    }

    @POST
    @Path("{username}/password")
    @Guard(Action.MANAGE_USERS)
    @Operation(summary = "Set a new password; tokens issued before stop working")
    public Response resetPassword(@PathParam("username") String username, @Valid @NotNull AccountRequests.NewPassword body) {
        requireBcryptLength(body.password());
        if (!accounts.resetPassword(username, body.password())) {
            return noAccount(username);
        }
        return Response.noContent().build();
    }

    private AccountRequests.AccountView setEnabled(String username, boolean enabled) {
        if (!accounts.setEnabled(username, enabled)) {
            throw new jakarta.ws.rs.WebApplicationException(noAccount(username));
        }
        return AccountRequests.AccountView.of(accounts.find(username).orElseThrow());
    }

    private Scope scopeFor(AccountRequests.NewAccount body) {
        if (body.role() == Role.AUDITOR || body.role() == Role.ADMIN) {
            return Scope.CITY;
        }
        if (!PLACED_ROLES.contains(body.role())) {
            return Scope.NONE;
        }
        if (body.scope() == null) {
            throw rule("scope", "a " + body.role().name().toLowerCase() + " needs a scope");
        }
        Scope scope = body.scope().toScope();
        if (scope.level() != Scope.Level.CITY && (scope.ids().isEmpty() || !scopes.exists(scope))) {
            throw rule("scope.ids", "must name existing " + scope.level().name().toLowerCase() + " ids");
        }
        return scope;
    }

    static void requireBcryptLength(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            throw rule("password", "at most " + BCRYPT_MAX_BYTES + " bytes in UTF-8");
        }
    }

    static RequestRuleException rule(String field, String problem) {
        return new RequestRuleException(field, problem);
    }

    private static Response noAccount(String username) {
        return Problem.of(404, "not-found", "Not found", "no account '" + username + "'").toResponse();
    }
}
