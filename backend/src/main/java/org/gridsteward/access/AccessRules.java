package org.gridsteward.access;

import static org.gridsteward.access.Action.ACCEPT;
import static org.gridsteward.access.Action.CLASSIFY;
import static org.gridsteward.access.Action.CLOSE;
import static org.gridsteward.access.Action.DISPATCH;
import static org.gridsteward.access.Action.ESCALATE;
import static org.gridsteward.access.Action.EXTEND;
import static org.gridsteward.access.Action.PROGRESS;
import static org.gridsteward.access.Action.RATE;
import static org.gridsteward.access.Action.READ_REPORT;
import static org.gridsteward.access.Action.REJECT;
import static org.gridsteward.access.Action.RESOLVE;
import static org.gridsteward.access.Action.RETURN;
import static org.gridsteward.access.Action.SUBMIT_REPORT;
import static org.gridsteward.access.Action.UPLOAD_PHOTO;
import static org.gridsteward.access.Action.VERIFY;
import static org.gridsteward.access.Action.WATCH_WALL;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.gridsteward.events.Role;
import org.gridsteward.events.report.EscalationLevel;

/**
 * Who may do what, and where. Two questions, asked in order: may this caller attempt the action at all
 * (their role), and may they do it to this report (its grid against their scope, its department against
 * theirs, its receipt against the resident's). Admin may do everything; nothing else is allowed unless
 * listed here.
 */
public final class AccessRules {
    private static final Map<Role, Set<Action>> BY_ROLE = new EnumMap<>(Role.class);

    static {
        BY_ROLE.put(Role.RESIDENT, EnumSet.of(SUBMIT_REPORT, READ_REPORT, RATE));
        BY_ROLE.put(Role.GRID_WORKER, EnumSet.of(SUBMIT_REPORT, READ_REPORT, VERIFY, WATCH_WALL));
        BY_ROLE.put(Role.DISPATCHER, EnumSet.of(SUBMIT_REPORT, READ_REPORT, CLASSIFY, REJECT, DISPATCH, EXTEND, CLOSE, WATCH_WALL));
        BY_ROLE.put(Role.DEPARTMENT_HANDLER, EnumSet.of(READ_REPORT, ACCEPT, RETURN, PROGRESS, RESOLVE));
        BY_ROLE.put(Role.SUPERVISOR, EnumSet.of(READ_REPORT, ESCALATE, WATCH_WALL));
        BY_ROLE.put(Role.AUDITOR, EnumSet.of(READ_REPORT, WATCH_WALL, Action.READ_ACCESS_LOG, Action.READ_LEDGER));
        BY_ROLE.put(Role.DISPLAY, EnumSet.of(WATCH_WALL));
        BY_ROLE.put(Role.SYSTEM, EnumSet.noneOf(Action.class));
        // Photos go with a submission: whoever may submit a report may upload them.
        BY_ROLE.get(Role.RESIDENT).add(UPLOAD_PHOTO);
        BY_ROLE.get(Role.GRID_WORKER).add(UPLOAD_PHOTO);
        BY_ROLE.get(Role.DISPATCHER).add(UPLOAD_PHOTO);
        // Every account may ask who it is; a resident's receipt and a display token are not accounts.
        for (Role account : EnumSet.of(Role.GRID_WORKER, Role.DISPATCHER, Role.DEPARTMENT_HANDLER, Role.SUPERVISOR, Role.AUDITOR)) {
            BY_ROLE.get(account).add(Action.READ_SELF);
        }
    }

    /** Finding reports in lists: every staff role that reads reports one by one; residents hold one receipt each. */
    static {
        EnumSet.of(Role.GRID_WORKER, Role.DISPATCHER, Role.DEPARTMENT_HANDLER, Role.SUPERVISOR, Role.AUDITOR)
                .forEach(role -> BY_ROLE.get(role).add(Action.SEARCH_REPORTS));
    }

    /**
     * Who reads residents' names and phone numbers in clear: those who call them back or meet them on the ground
     * (grid workers, dispatchers, the department handling it) and admin, who answers residents' own requests.
     * Supervisors, auditors and displays oversee and see them masked.
     */
    private static final Set<Role> SEE_RESIDENTS_IN_CLEAR =
            EnumSet.of(Role.GRID_WORKER, Role.DISPATCHER, Role.DEPARTMENT_HANDLER, Role.ADMIN);

    /** What a department handler does with the report their department holds. */
    private static final Set<Action> HANDLING = EnumSet.of(ACCEPT, RETURN, PROGRESS, RESOLVE);

    private final Places places;

    public AccessRules(Places places) {
        this.places = places;
    }

    /**
     * Whether the caller may attempt the action at all; {@code null} is someone who has not signed in.
     * Signing in and reading the organisation are open to every caller; submitting a report is open to
     * the anonymous public but, for a signed-in caller, depends on their role (an auditor never writes).
     */
    public boolean mayAttempt(Caller caller, Action action) {
        if (caller == null) {
            return action.isOpen();
        }
        if (caller.role() == Role.ADMIN || action == Action.SIGN_IN || action == Action.READ_ORGANISATION) {
            return true;
        }
        return BY_ROLE.getOrDefault(caller.role(), Set.of()).contains(action);
    }

    /** Whether the caller may do the action to this report; implies {@link #mayAttempt}. */
    public boolean permits(Caller caller, Action action, ReportFacts report) {
        if (!mayAttempt(caller, action)) {
            return false;
        }
        if (caller == null) {
            return action == SUBMIT_REPORT;
        }
        return switch (caller.role()) {
            case ADMIN, AUDITOR -> true;
            case RESIDENT -> action == SUBMIT_REPORT || caller.receiptFor().equals(report.reportId());
            case GRID_WORKER, DISPATCHER, SUPERVISOR -> caller.scope().containsGrid(report.gridId(), places);
            case DEPARTMENT_HANDLER -> HANDLING.contains(action)
                    ? caller.departmentId().equals(report.currentDepartmentId())
                    : report.departmentsInvolved().contains(caller.departmentId());
            case DISPLAY, SYSTEM -> false;
        };
    }

    /**
     * The level at which this caller's office supervises (督办) a report: the level of the area it looks
     * after; admin acts for the city.
     */
    public static EscalationLevel supervisionLevel(Caller caller) {
        if (caller.role() == Role.ADMIN) {
            return EscalationLevel.CITY;
        }
        return switch (caller.scope().level()) {
            case CITY -> EscalationLevel.CITY;
            case STREET -> EscalationLevel.STREET;
            case COMMUNITY, GRID -> EscalationLevel.COMMUNITY;
        };
    }

    /**
     * Whether the caller, reading this report, sees its reporter's name and phone in clear rather than masked.
     * Residents see their own report without them; everyone else who may read the report sees them masked.
     */
    public boolean seesResidentInClear(Caller caller, ReportFacts report) {
        return caller != null && SEE_RESIDENTS_IN_CLEAR.contains(caller.role()) && permits(caller, READ_REPORT, report);
    }

    /** Whether the caller may watch the wall of {@code scope}: only inside their own. */
    public boolean maySee(Caller caller, Scope scope) {
        if (!mayAttempt(caller, WATCH_WALL)) {
            return false;
        }
        if (caller.role() == Role.ADMIN || caller.role() == Role.AUDITOR) {
            return true;
        }
        return caller.scope().covers(scope, places);
    }
}
