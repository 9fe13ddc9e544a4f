package org.gridsteward.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridsteward.events.Role;
import org.gridsteward.events.report.EscalationLevel;
import org.junit.jupiter.api.Test;

class AccessRulesTest {
    /** Two streets, each with one community of two grids. */
    private static final Places CITY = new Places() {
        private final Map<String, String> community = Map.of("g-a1", "c-a", "g-a2", "c-a", "g-b1", "c-b", "g-b2", "c-b");
        private final Map<String, String> street = Map.of("c-a", "s-a", "c-b", "s-b");

        @Override
        public Optional<String> streetOf(String gridId) {
            return communityOf(gridId).map(street::get);
        }

        @Override
        public Optional<String> communityOf(String gridId) {
            return Optional.ofNullable(community.get(gridId));
        }

        @Override
        public Optional<String> streetOfCommunity(String communityId) {
            return Optional.ofNullable(street.get(communityId));
        }
    };

    private final AccessRules rules = new AccessRules(CITY);

    private static final ReportFacts IN_A1_HELD_BY_HOUSING = new ReportFacts("r-1", "g-a1", "dept-housing", Set.of("dept-housing"));
    private static final ReportFacts IN_B1_RETURNED_BY_HOUSING = new ReportFacts("r-2", "g-b1", null, Set.of("dept-housing"));

    private static Caller account(Role role, Scope scope) {
        return Caller.account("someone", role, scope, null);
    }

    @Test
    void anonymousCallersMayOnlySignInReadTheOrganisationAndSubmit() {
        for (Action action : Action.values()) {
            assertThat(rules.mayAttempt(null, action)).as(action.name())
                    .isEqualTo(action == Action.SIGN_IN || action == Action.READ_ORGANISATION || action == Action.SUBMIT_REPORT
                            || action == Action.UPLOAD_PHOTO);
        }
        assertThat(rules.permits(null, Action.SUBMIT_REPORT, ReportFacts.newReport("g-b2"))).isTrue();
        assertThat(rules.permits(null, Action.READ_REPORT, IN_A1_HELD_BY_HOUSING)).isFalse();
    }

    @Test
    void photosMayBeUploadedByExactlyThoseWhoMaySubmitReports() {
        for (Role role : Role.values()) {
            Caller caller = role == Role.RESIDENT ? Caller.resident("r-1") : Caller.account("someone", role, Scope.of(Scope.Level.CITY), "dept-x");
            assertThat(rules.mayAttempt(caller, Action.UPLOAD_PHOTO)).as(role.name())
                    .isEqualTo(rules.mayAttempt(caller, Action.SUBMIT_REPORT));
        }
        assertThat(rules.mayAttempt(null, Action.UPLOAD_PHOTO)).isTrue();
    }

    @Test
    void aGridWorkerSubmitsAndVerifiesOnlyInTheirGrids() {
        Caller worker = account(Role.GRID_WORKER, Scope.of(Scope.Level.GRID, "g-a1"));
        assertThat(rules.permits(worker, Action.SUBMIT_REPORT, ReportFacts.newReport("g-a1"))).isTrue();
        assertThat(rules.permits(worker, Action.SUBMIT_REPORT, ReportFacts.newReport("g-a2"))).isFalse();
        assertThat(rules.permits(worker, Action.VERIFY, IN_A1_HELD_BY_HOUSING)).isTrue();
        assertThat(rules.permits(worker, Action.VERIFY, IN_B1_RETURNED_BY_HOUSING)).isFalse();
        assertThat(rules.permits(worker, Action.CLASSIFY, IN_A1_HELD_BY_HOUSING)).isFalse();
    }

    @Test
    void aDispatcherHandlesTheCommandCentreStepsOnlyInTheirStreet() {
        Caller dispatcher = account(Role.DISPATCHER, Scope.of(Scope.Level.STREET, "s-a"));
        for (Action action : Set.of(Action.CLASSIFY, Action.REJECT, Action.DISPATCH, Action.EXTEND, Action.CLOSE, Action.READ_REPORT)) {
            assertThat(rules.permits(dispatcher, action, IN_A1_HELD_BY_HOUSING)).as(action.name()).isTrue();
            assertThat(rules.permits(dispatcher, action, IN_B1_RETURNED_BY_HOUSING)).as(action.name()).isFalse();
        }
        assertThat(rules.permits(dispatcher, Action.ACCEPT, IN_A1_HELD_BY_HOUSING)).isFalse();
        assertThat(rules.permits(dispatcher, Action.VERIFY, IN_A1_HELD_BY_HOUSING)).isFalse();
    }

    @Test
    void aHandlerWorksOnlyWhatIsDispatchedToTheirDepartmentNow() {
        Caller housing = Caller.account("h", Role.DEPARTMENT_HANDLER, Scope.NONE, "dept-housing");
        Caller sanitation = Caller.account("s", Role.DEPARTMENT_HANDLER, Scope.NONE, "dept-sanitation");
        for (Action action : Set.of(Action.ACCEPT, Action.RETURN, Action.PROGRESS, Action.RESOLVE)) {
            assertThat(rules.permits(housing, action, IN_A1_HELD_BY_HOUSING)).as(action.name()).isTrue();
            assertThat(rules.permits(sanitation, action, IN_A1_HELD_BY_HOUSING)).as(action.name()).isFalse();
            assertThat(rules.permits(housing, action, IN_B1_RETURNED_BY_HOUSING)).as("after return " + action).isFalse();
        }
    }

    @Test
    void aHandlerSeesOnlyReportsTheirDepartmentHasHeld() {
        Caller housing = Caller.account("h", Role.DEPARTMENT_HANDLER, Scope.NONE, "dept-housing");
        Caller sanitation = Caller.account("s", Role.DEPARTMENT_HANDLER, Scope.NONE, "dept-sanitation");
        assertThat(rules.permits(housing, Action.READ_REPORT, IN_B1_RETURNED_BY_HOUSING)).isTrue();
        assertThat(rules.permits(sanitation, Action.READ_REPORT, IN_A1_HELD_BY_HOUSING)).isFalse();
        assertThat(rules.mayAttempt(housing, Action.SUBMIT_REPORT)).isFalse();
    }

    @Test
    void aSupervisorReadsEverythingInTheirAreaAndOnlyEscalates() {
        Caller supervisor = account(Role.SUPERVISOR, Scope.of(Scope.Level.COMMUNITY, "c-a"));
        assertThat(rules.permits(supervisor, Action.READ_REPORT, IN_A1_HELD_BY_HOUSING)).isTrue();
        assertThat(rules.permits(supervisor, Action.READ_REPORT, IN_B1_RETURNED_BY_HOUSING)).isFalse();
        for (Action action : Action.values()) {
            if (action != Action.READ_REPORT && action != Action.SEARCH_REPORTS && action != Action.WATCH_WALL && action != Action.ESCALATE && action != Action.SIGN_IN && action != Action.READ_ORGANISATION
                    && action != Action.READ_SELF) {
                assertThat(rules.mayAttempt(supervisor, action)).as(action.name()).isFalse();
            }
        }
    }

    @Test
    void anAuditorReadsEverythingAndWritesNothing() {
        Caller auditor = account(Role.AUDITOR, Scope.CITY);
        assertThat(rules.permits(auditor, Action.READ_REPORT, IN_B1_RETURNED_BY_HOUSING)).isTrue();
        for (Action action : Action.values()) {
            boolean read = action == Action.READ_REPORT || action == Action.SEARCH_REPORTS || action == Action.WATCH_WALL || action == Action.READ_ACCESS_LOG
                    || action == Action.READ_LEDGER
                    || action == Action.SIGN_IN || action == Action.READ_ORGANISATION || action == Action.READ_SELF;
            assertThat(rules.mayAttempt(auditor, action)).as(action.name()).isEqualTo(read);
        }
    }

    @Test
    void everyStaffRoleThatReadsReportsMaySearchThemButResidentsAndDisplaysMayNot() {
        for (Role role : Set.of(Role.GRID_WORKER, Role.DISPATCHER, Role.SUPERVISOR, Role.AUDITOR)) {
            assertThat(rules.mayAttempt(account(role, Scope.CITY), Action.SEARCH_REPORTS)).as(role.name()).isTrue();
        }
        assertThat(rules.mayAttempt(Caller.account("h", Role.DEPARTMENT_HANDLER, Scope.NONE, "dept-housing"), Action.SEARCH_REPORTS)).isTrue();
        assertThat(rules.mayAttempt(Caller.resident("r-1"), Action.SEARCH_REPORTS)).isFalse();
        assertThat(rules.mayAttempt(Caller.display("d-1", Scope.CITY), Action.SEARCH_REPORTS)).isFalse();
        assertThat(rules.mayAttempt(null, Action.SEARCH_REPORTS)).isFalse();
    }

    @Test
    void adminMayDoEverything() {
        Caller admin = account(Role.ADMIN, Scope.CITY);
        for (Action action : Action.values()) {
            assertThat(rules.permits(admin, action, IN_B1_RETURNED_BY_HOUSING)).as(action.name()).isTrue();
        }
    }

    @Test
    void aResidentReadsAndRatesOnlyTheReportOfTheirReceipt() {
        Caller resident = Caller.resident("r-1");
        assertThat(rules.permits(resident, Action.READ_REPORT, IN_A1_HELD_BY_HOUSING)).isTrue();
        assertThat(rules.permits(resident, Action.RATE, IN_A1_HELD_BY_HOUSING)).isTrue();
        assertThat(rules.permits(resident, Action.READ_REPORT, IN_B1_RETURNED_BY_HOUSING)).isFalse();
        assertThat(rules.permits(resident, Action.CLASSIFY, IN_A1_HELD_BY_HOUSING)).isFalse();
    }

    @Test
    void aDisplayWatchesItsScopeAndNothingElse() {
        Caller display = Caller.display("d-1", Scope.of(Scope.Level.STREET, "s-a"));
        assertThat(rules.maySee(display, Scope.of(Scope.Level.STREET, "s-a"))).isTrue();
        assertThat(rules.maySee(display, Scope.of(Scope.Level.COMMUNITY, "c-a"))).isTrue();
        assertThat(rules.maySee(display, Scope.of(Scope.Level.GRID, "g-a2"))).isTrue();
        assertThat(rules.maySee(display, Scope.of(Scope.Level.GRID, "g-a2", "g-b1"))).isFalse();
        assertThat(rules.maySee(display, Scope.CITY)).isFalse();
        assertThat(rules.permits(display, Action.READ_REPORT, IN_A1_HELD_BY_HOUSING)).isFalse();
    }

    @Test
    void onlyRolesThatWatchTheWallMaySeeIt() {
        assertThat(rules.maySee(Caller.account("h", Role.DEPARTMENT_HANDLER, Scope.NONE, "dept-housing"), Scope.CITY)).isFalse();
        assertThat(rules.maySee(Caller.resident("r-1"), Scope.of(Scope.Level.GRID, "g-a1"))).isFalse();
        assertThat(rules.maySee(account(Role.AUDITOR, Scope.NONE), Scope.CITY)).isTrue();
    }

    @Test
    void aSupervisorEscalatesOnlyInsideTheirArea() {
        Caller streetA = account(Role.SUPERVISOR, Scope.of(Scope.Level.STREET, "s-a"));

        assertThat(rules.permits(streetA, Action.ESCALATE, IN_A1_HELD_BY_HOUSING)).isTrue();
        assertThat(rules.permits(streetA, Action.ESCALATE, IN_B1_RETURNED_BY_HOUSING)).isFalse();
        assertThat(rules.mayAttempt(account(Role.DISPATCHER, Scope.CITY), Action.ESCALATE)).isFalse();
        assertThat(rules.mayAttempt(account(Role.AUDITOR, Scope.CITY), Action.ESCALATE)).isFalse();
    }

    @Test
    void anOfficeSupervisesAtTheLevelOfTheAreaItLooksAfter() {
        assertThat(AccessRules.supervisionLevel(account(Role.SUPERVISOR, Scope.of(Scope.Level.COMMUNITY, "c-a"))))
                .isEqualTo(EscalationLevel.COMMUNITY);
        assertThat(AccessRules.supervisionLevel(account(Role.SUPERVISOR, Scope.of(Scope.Level.STREET, "s-a"))))
                .isEqualTo(EscalationLevel.STREET);
        assertThat(AccessRules.supervisionLevel(account(Role.SUPERVISOR, Scope.CITY))).isEqualTo(EscalationLevel.CITY);
        assertThat(AccessRules.supervisionLevel(account(Role.ADMIN, Scope.CITY))).isEqualTo(EscalationLevel.CITY);
    }

    @Test
    void thoseWhoCallResidentsBackOrMeetThemSeeTheirDetailsInClear() {
        assertThat(rules.seesResidentInClear(account(Role.GRID_WORKER, Scope.of(Scope.Level.GRID, "g-a1")), IN_A1_HELD_BY_HOUSING)).isTrue();
        assertThat(rules.seesResidentInClear(account(Role.DISPATCHER, Scope.of(Scope.Level.STREET, "s-a")), IN_A1_HELD_BY_HOUSING)).isTrue();
        assertThat(rules.seesResidentInClear(Caller.account("h", Role.DEPARTMENT_HANDLER, Scope.NONE, "dept-housing"),
                IN_A1_HELD_BY_HOUSING)).isTrue();
        assertThat(rules.seesResidentInClear(account(Role.ADMIN, Scope.NONE), IN_A1_HELD_BY_HOUSING)).isTrue();
    }

    @Test
    void overseersSeeResidentsMaskedAndNobodySeesThemOutsideWhatTheyMayRead() {
        assertThat(rules.seesResidentInClear(account(Role.SUPERVISOR, Scope.of(Scope.Level.STREET, "s-a")), IN_A1_HELD_BY_HOUSING)).isFalse();
        assertThat(rules.seesResidentInClear(account(Role.AUDITOR, Scope.NONE), IN_A1_HELD_BY_HOUSING)).isFalse();
        assertThat(rules.seesResidentInClear(Caller.display("d-1", Scope.CITY), IN_A1_HELD_BY_HOUSING)).isFalse();
        assertThat(rules.seesResidentInClear(Caller.resident("r-1"), IN_A1_HELD_BY_HOUSING)).isFalse();
        assertThat(rules.seesResidentInClear(null, IN_A1_HELD_BY_HOUSING)).isFalse();
        assertThat(rules.seesResidentInClear(account(Role.DISPATCHER, Scope.of(Scope.Level.STREET, "s-b")), IN_A1_HELD_BY_HOUSING)).isFalse();
        assertThat(rules.seesResidentInClear(Caller.account("s", Role.DEPARTMENT_HANDLER, Scope.NONE, "dept-sanitation"),
                IN_A1_HELD_BY_HOUSING)).isFalse();
    }

    @Test
    void onlyAdminFindsAndErasesResidents() {
        for (Role role : Role.values()) {
            boolean admin = role == Role.ADMIN;
            Caller caller = switch (role) {
                case RESIDENT -> Caller.resident("r-1");
                case DEPARTMENT_HANDLER -> Caller.account("h", role, Scope.NONE, "dept-housing");
                case DISPLAY -> Caller.display("d-1", Scope.CITY);
                default -> account(role, Scope.CITY);
            };
            assertThat(rules.mayAttempt(caller, Action.ERASE_RESIDENT)).as(role.name()).isEqualTo(admin);
            assertThat(rules.mayAttempt(caller, Action.FIND_RESIDENT)).as(role.name()).isEqualTo(admin);
        }
        assertThat(rules.mayAttempt(null, Action.ERASE_RESIDENT)).isFalse();
    }

    @Test
    void everyAccountMayAskWhoItIsButAReceiptOrADisplayMayNot() {
        for (Role role : EnumSet.of(Role.GRID_WORKER, Role.DISPATCHER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN)) {
            assertThat(rules.mayAttempt(account(role, Scope.CITY), Action.READ_SELF)).as(role.name()).isTrue();
        }
        assertThat(rules.mayAttempt(Caller.account("h", Role.DEPARTMENT_HANDLER, Scope.NONE, "dept-housing"), Action.READ_SELF)).isTrue();
        assertThat(rules.mayAttempt(Caller.resident("r-1"), Action.READ_SELF)).isFalse();
        assertThat(rules.mayAttempt(Caller.display("d-1", Scope.CITY), Action.READ_SELF)).isFalse();
        assertThat(rules.mayAttempt(null, Action.READ_SELF)).isFalse();
    }
}
