package org.gridsteward.access;

import java.util.Objects;
import org.gridsteward.events.Actor;
import org.gridsteward.events.Role;

/**
 * Who is asking, as proven by their token: an account, a display, or a resident holding the receipt of one
 * report. {@code departmentId} is set only for department handlers, {@code receiptFor} only for residents.
 */
public record Caller(String id, Role role, Scope scope, String departmentId, String receiptFor) {
    public Caller {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        scope = scope == null ? Scope.NONE : scope;
        if (role == Role.DEPARTMENT_HANDLER && departmentId == null) {
            throw new IllegalArgumentException("a department handler is bound to a department");
        }
        if (role == Role.RESIDENT && receiptFor == null) {
            throw new IllegalArgumentException("a resident is known only by the receipt of one report");
        }
    }

    public static Caller account(String id, Role role, Scope scope, String departmentId) {
        return new Caller(id, role, scope, role == Role.DEPARTMENT_HANDLER ? departmentId : null, null);
    }

    public static Caller display(String displayId, Scope scope) {
        return new Caller("display:" + displayId, Role.DISPLAY, scope, null, null);
    }

    public static Caller resident(String reportId) {
        return new Caller("receipt:" + reportId, Role.RESIDENT, Scope.NONE, null, reportId);
    }

    /** How this caller appears on the events they cause. */
    public Actor actor() {
        return new Actor(id, role);
    }
}
