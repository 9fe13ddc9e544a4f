package org.gridsteward.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.gridsteward.access.Scope;
import org.gridsteward.auth.Account;
import org.gridsteward.auth.Display;
import org.gridsteward.events.Role;

/** The bodies and answers of account and display management. */
public final class AccountRequests {
    private AccountRequests() {}

    static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,31}";

    public record ScopeBody(@NotNull Scope.Level level, @Size(max = 200) List<@NotBlank @Pattern(regexp = ReportRequests.ID) String> ids) {
        Scope toScope() {
            return new Scope(level, ids == null ? Set.of() : Set.copyOf(ids));
        }

        static ScopeBody of(Scope scope) {
            return new ScopeBody(scope.level(), scope.ids().stream().sorted().toList());
        }
    }

    public record NewAccount(
            @NotBlank @Pattern(regexp = USERNAME, message = "3 to 32 of a-z 0-9 . _ -, starting with a letter or digit") String username,
            @NotNull @Size(min = 10, max = 64) String password,
            @NotNull Role role,
            @Valid ScopeBody scope,
            @Pattern(regexp = ReportRequests.ID) String departmentId) {}

    public record NewPassword(@NotNull @Size(min = 10, max = 64) String password) {}

    public record AccountView(String username, Role role, ScopeBody scope, String departmentId, boolean enabled) {
        static AccountView of(Account a) {
            return new AccountView(a.username(), a.role(), ScopeBody.of(a.scope()), a.departmentId(), a.enabled());
        }
    }

    public record NewDisplay(@NotBlank @Size(max = 100) String name, @NotNull @Valid ScopeBody scope) {}

    public record DisplayView(String id, String name, ScopeBody scope, Instant issuedAt, Instant expiresAt, boolean revoked) {
        static DisplayView of(Display d) {
            return new DisplayView(d.id(), d.name(), ScopeBody.of(d.scope()), d.issuedAt(), d.expiresAt(), d.revoked());
        }
    }

    /** The token is shown once, here; the wall reads it from the URL fragment, which never reaches a server log. */
    public record IssuedDisplay(DisplayView display, String token, String wallPath) {}
}
