package org.gridsteward.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridsteward.access.Action;
import org.gridsteward.auth.Accounts;
import org.gridsteward.auth.Tokens;

/** Sign-in: the OAuth 2.0 password grant's shape, answered with a bearer token. */
@Path("/api/auth/token")
@Tag(name = "sign-in")
public class AuthResource {
    private final Accounts accounts;
    private final Tokens tokens;

    public AuthResource(Accounts accounts, Tokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    public record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn) {}

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Guard(value = Action.SIGN_IN, rateLimited = true)
    @Operation(summary = "Sign in with grant_type=password, username and password; answers a bearer token")
    public Response token(String form) {
        Map<String, String> fields;
        try {
            fields = FormFields.parse(form);
        } catch (IllegalArgumentException malformed) {
            return Problem.of(400, "malformed-form", "Malformed form", malformed.getMessage()).toResponse();
        }
        String grantType = fields.get("grant_type");
        String username = fields.get("username");
        String password = fields.get("password");
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!"password".equals(grantType)) {
            errors.add(new Problem.FieldError("grant_type", "must be 'password'"));
        }
        if (username == null || username.isBlank() || username.length() > 64) {
            errors.add(new Problem.FieldError("username", "required, at most 64 characters"));
        }
        if (password == null || password.isEmpty() || password.length() > 128) {
            errors.add(new Problem.FieldError("password", "required, at most 128 characters"));
        }
        if (!errors.isEmpty()) {
            return Problem.of(400, "invalid-fields", "Invalid fields",
                    "invalid: " + String.join(", ", errors.stream().map(Problem.FieldError::field).toList()), errors).toResponse();
        }
        return accounts.authenticate(username, password)
                .map(account -> {
                    Tokens.Issued issued = tokens.forAccount(account);
                    return Response.ok(new TokenResponse(issued.token(), "Bearer", issued.lifetime().toSeconds()))
                            .header("Cache-Control", "no-store").build();
                })
                .orElseGet(() -> Problem.of(401, "invalid-credentials", "Sign-in failed",
                        "unknown username, wrong password or disabled account").toResponse());
    }
}
