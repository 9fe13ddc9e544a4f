package org.gridsteward.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridsteward.events.Role;
import org.junit.jupiter.api.Test;

class ClaimMappingTest {
    private final ClaimMapping mapping = new ClaimMapping("realm_access/roles", "grid_scope", "grid_department", "preferred_username");

    private Optional<Caller> caller(Map<String, List<String>> claims) {
        return mapping.caller(name -> claims.getOrDefault(name, List.of()));
    }

    @Test
    void aDispatcherGetsTheStreetsItsScopeClaimNames() {
        Caller caller = caller(Map.of("preferred_username", List.of("wang.li"),
                "realm_access/roles", List.of("offline_access", "dispatcher"),
                "grid_scope", List.of("street:st-a, st-b"))).orElseThrow();

        assertThat(caller.id()).isEqualTo("wang.li");
        assertThat(caller.role()).isEqualTo(Role.DISPATCHER);
        assertThat(caller.scope()).isEqualTo(Scope.of(Scope.Level.STREET, "st-a", "st-b"));
    }

    @Test
    void aDepartmentHandlerIsBoundToTheDepartmentClaim() {
        Caller caller = caller(Map.of("sub", List.of("5f1c"), "realm_access/roles", List.of("department_handler"),
                "grid_department", List.of("dept-urban-mgmt"))).orElseThrow();

        assertThat(caller.id()).isEqualTo("5f1c");
        assertThat(caller.departmentId()).isEqualTo("dept-urban-mgmt");
    }

    @Test
    void anAuditorSeesTheWholeCityWhateverItsScopeClaimSays() {
        Caller caller = caller(Map.of("sub", List.of("a1"), "realm_access/roles", List.of("auditor"),
                "grid_scope", List.of("grid:g-01-01"))).orElseThrow();

        assertThat(caller.scope()).isEqualTo(Scope.CITY);
    }

    @Test
    void aTokenWithoutOneOfOurRolesProvesNoCaller() {
        assertThat(caller(Map.of("sub", List.of("a1"), "realm_access/roles", List.of("offline_access")))).isEmpty();
    }

    @Test
    void twoOfOurRolesAreAmbiguousAndProveNoCaller() {
        assertThat(caller(Map.of("sub", List.of("a1"), "realm_access/roles", List.of("dispatcher", "supervisor"),
                "grid_scope", List.of("city")))).isEmpty();
    }

    @Test
    void rolesOnlyThisServerGrantsCannotComeFromTheProvider() {
        assertThat(caller(Map.of("sub", List.of("a1"), "realm_access/roles", List.of("display"),
                "grid_scope", List.of("city")))).isEmpty();
        assertThat(caller(Map.of("sub", List.of("a1"), "realm_access/roles", List.of("system"),
                "grid_scope", List.of("city")))).isEmpty();
    }

    @Test
    void aScopedRoleWithoutAReadableScopeProvesNoCaller() {
        for (String scope : List.of("", "street", "street:", "planet:x", "city:x", "grid: , ")) {
            assertThat(caller(Map.of("sub", List.of("a1"), "realm_access/roles", List.of("grid_worker"),
                    "grid_scope", List.of(scope)))).as(scope).isEmpty();
        }
        assertThat(caller(Map.of("sub", List.of("a1"), "realm_access/roles", List.of("grid_worker")))).isEmpty();
    }

    @Test
    void aHandlerWithoutADepartmentProvesNoCaller() {
        assertThat(caller(Map.of("sub", List.of("a1"), "realm_access/roles", List.of("department_handler")))).isEmpty();
    }

    @Test
    void aTokenNamingNobodyProvesNoCaller() {
        assertThat(caller(Map.of("realm_access/roles", List.of("admin")))).isEmpty();
    }
}
