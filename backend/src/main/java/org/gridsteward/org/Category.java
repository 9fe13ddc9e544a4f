package org.gridsteward.org;

import java.util.Objects;

/**
 * A kind of problem residents report, with its time limits for sign-off (签收时限) and resolution (办结时限)
 * and the department it goes to unless the dispatcher picks another.
 */
public record Category(
        String id,
        LocalizedName name,
        String icon,
        int signOffHours,
        int resolutionHours,
        HoursKind hoursKind,
        String defaultDepartmentId) {
    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(hoursKind, "hoursKind");
        Objects.requireNonNull(defaultDepartmentId, "defaultDepartmentId");
    }
}
