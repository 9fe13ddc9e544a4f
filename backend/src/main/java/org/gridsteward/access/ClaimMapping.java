package org.gridsteward.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridsteward.events.Role;

/**
 * Turns the claims of a token from the city's identity provider into a {@link Caller}. The provider names
 * one role of ours (by its lower-case name, e.g. {@code dispatcher}) in the role claim, the part of the city
 * in the scope claim ({@code city}, or a level and ids: {@code street:st-a,st-b}, {@code community:…},
 * {@code grid:…}), and for a department handler the department. A token that names no role of ours, more than
 * one, or a role without the place it needs proves no caller: refusing is safer than guessing a reach.
 *
 * @param roleClaim       where the roles are; a path through nested objects is written with {@code /}
 *                        (Keycloak's {@code realm_access/roles})
 * @param scopeClaim      the claim holding the scope
 * @param departmentClaim the claim holding a department handler's department id
 * @param usernameClaim   the claim naming the person on the events they cause (falls back to {@code sub})
 */
public record ClaimMapping(String roleClaim, String scopeClaim, String departmentClaim, String usernameClaim) {
    /** Roles only this server grants: displays, residents' receipts and the system itself. */
    private static final Set<Role> GRANTED_HERE = Set.of(Role.DISPLAY, Role.RESIDENT, Role.SYSTEM);
    private static final int MAX_IDS = 200;

    /**
     * @param claims a claim's values by claim name or {@code /} path: empty when absent, one element for a
     *               string, the elements of an array
     */
    public Optional<Caller> caller(Function<String, List<String>> claims) {
        Optional<String> username = first(claims.apply(usernameClaim)).or(() -> first(claims.apply("sub")));
        Optional<Role> role = role(claims.apply(roleClaim));
        if (username.isEmpty() || role.isEmpty()) {
            return Optional.empty();
        }
        return switch (role.get()) {
            case ADMIN, AUDITOR -> Optional.of(Caller.account(username.get(), role.get(), Scope.CITY, null));
            case DEPARTMENT_HANDLER -> first(claims.apply(departmentClaim))
                    .map(department -> Caller.account(username.get(), Role.DEPARTMENT_HANDLER, Scope.NONE, department));
            default -> first(claims.apply(scopeClaim)).flatMap(ClaimMapping::scope)
                    .map(scope -> Caller.account(username.get(), role.get(), scope, null));
        };
    }

    private static Optional<Role> role(List<String> values) {
        List<Role> ours = new ArrayList<>();
        for (String value : values) {
            for (Role role : Role.values()) {
                if (!GRANTED_HERE.contains(role) && role.name().toLowerCase(Locale.ROOT).equals(value)) {
                    ours.add(role);
                }
            }
        }
        return ours.size() == 1 ? Optional.of(ours.get(0)) : Optional.empty();
    }

    /** {@code city}, or {@code <level>:<id>,<id>…}; anything else is no scope. */
    static Optional<Scope> scope(String claim) {
        String value = claim.strip();
        if (value.equals("city")) {
            return Optional.of(Scope.CITY);
        }
        int colon = value.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        Scope.Level level;
        try {
            level = Scope.Level.valueOf(value.substring(0, colon).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notALevel) {
            return Optional.empty();
        }
        Set<String> ids = Arrays.stream(value.substring(colon + 1).split(","))
                .map(String::strip).filter(id -> !id.isEmpty()).collect(Collectors.toSet());
        if (level == Scope.Level.CITY || ids.isEmpty() || ids.size() > MAX_IDS) {
            return Optional.empty();
        }
        return Optional.of(new Scope(level, ids));
    }

    private static Optional<String> first(List<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank()).findFirst();
    }
}
