package org.gridsteward.events;

public enum Role {
    RESIDENT,
    GRID_WORKER,
    DISPATCHER,
    DEPARTMENT_HANDLER,
    SUPERVISOR,
    AUDITOR,
    ADMIN,
    DISPLAY,
    SYSTEM
}
