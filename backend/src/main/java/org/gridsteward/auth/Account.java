package org.gridsteward.auth;

import org.gridsteward.access.Caller;
import org.gridsteward.access.Scope;
import org.gridsteward.events.Role;

/**
 * A person who signs in. One role per account: someone who both dispatches and audits holds two accounts,
 * so every event names the capacity in which it was done. {@code generation} grows with each password
 * reset, which voids every token issued before it.
 */
public record Account(String username, Role role, Scope scope, String departmentId, boolean enabled, int generation) {
    public Caller caller() {
        return Caller.account(username, role, scope, departmentId);
    }
}
