package org.gridsteward.report;

import static org.axonframework.test.matchers.Matchers.matches;
import static org.gridsteward.report.ReportHistory.DISPATCHED_DUE;
import static org.gridsteward.report.ReportHistory.DISPATCHER;
import static org.gridsteward.report.ReportHistory.GRID_WORKER;
import static org.gridsteward.report.ReportHistory.HANDLER;
import static org.gridsteward.report.ReportHistory.NOW;
import static org.gridsteward.report.ReportHistory.REPORT;
import static org.gridsteward.report.ReportHistory.RESIDENT;
import static org.gridsteward.report.ReportHistory.T0;
import static org.gridsteward.report.ReportHistory.hours;
import static org.gridsteward.report.ReportHistory.leadingTo;
import static org.gridsteward.report.TestCity.BUILDING;
import static org.gridsteward.report.TestCity.BUILDING_OF_OTHER_GRID;
import static org.gridsteward.report.TestCity.CITY_MANAGEMENT;
import static org.gridsteward.report.TestCity.GRID;
import static org.gridsteward.report.TestCity.HOUSING;
import static org.gridsteward.report.TestCity.PARKING;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.gridsteward.events.report.Channel;
import org.gridsteward.events.report.Priority;
import org.gridsteward.events.report.ReportClassified;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.Satisfaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Commands refused for their values or for naming something the city does not have; none records an event. */
class ReportValidationTest {

    private static final String TOO_LONG_TEXT = "字".repeat(Report.MAX_TEXT_LENGTH + 1);

    private AggregateTestFixture<Report> fixture;

    @BeforeEach
    void setUp() {
        fixture = ReportHistory.fixture();
    }

    private static SubmitReport submit(String gridId, String buildingId, String categoryId, String description) {
        return new SubmitReport(
                REPORT, gridId, buildingId, categoryId, description, Channel.RESIDENT_APP, null, RESIDENT, T0);
    }

    private static void refusedAsInvalid(ResultValidator<Report> result, String field) {
        result.expectNoEvents()
                .expectException(matches((Object e) -> e instanceof InvalidCommandException x
                        && x.field().equals(field)));
    }

    private static void refusedAsUnknown(ResultValidator<Report> result, String field, String value) {
        result.expectNoEvents()
                .expectException(matches((Object e) -> e instanceof UnknownReferenceException x
                        && x.field().equals(field) && x.value().equals(value)))
                .expectExceptionMessage("unknown " + field + ": " + value);
    }

    // --- values ---

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " \t")
    void submitWithoutDescriptionIsRefused(String description) {
        refusedAsInvalid(fixture.givenNoPriorActivity().when(submit(GRID, null, PARKING, description)), "description");
    }

    @Test
    void submitWithMorePhotosThanAllowedIsRefused() {
        List<String> five = List.of("p1", "p2", "p3", "p4", "p5");
        refusedAsInvalid(fixture.givenNoPriorActivity().when(withPhotos(five)), "photoIds");
    }

    @Test
    void submitNamingOnePhotoTwiceIsRefused() {
        refusedAsInvalid(fixture.givenNoPriorActivity().when(withPhotos(List.of("p1", "p1"))), "photoIds");
    }

    @Test
    void submitWithPhotosRecordsThemOnTheReport() {
        SubmitReport submit = withPhotos(List.of("p1", "p2"));
        fixture.givenNoPriorActivity().when(submit).expectEvents(submit.submitted());
    }

    private static SubmitReport withPhotos(List<String> photoIds) {
        return new SubmitReport(REPORT, GRID, null, PARKING, "消防通道堵塞", Channel.RESIDENT_APP, null, RESIDENT, T0, photoIds);
    }

    @Test
    void submitWithDescriptionOverTheLimitIsRefused() {
        String description = "占".repeat(Report.MAX_DESCRIPTION_LENGTH + 1);
        refusedAsInvalid(fixture.givenNoPriorActivity().when(submit(GRID, null, PARKING, description)), "description");
    }

    @Test
    void descriptionLimitCountsCharactersNotUtf16Units() {
        String description = "🚗".repeat(Report.MAX_DESCRIPTION_LENGTH);
        fixture.givenNoPriorActivity()
                .when(submit(GRID, null, PARKING, description))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void submitWithoutChannelIsRefused() {
        refusedAsInvalid(fixture.givenNoPriorActivity()
                .when(new SubmitReport(REPORT, GRID, null, PARKING, "路灯不亮", null, null, RESIDENT, T0)), "channel");
    }

    @Test
    void submitWithoutGridIsRefused() {
        refusedAsInvalid(fixture.givenNoPriorActivity().when(submit(null, null, PARKING, "路灯不亮")), "gridId");
    }

    @Test
    void submitWithoutActorIsRefused() {
        refusedAsInvalid(fixture.givenNoPriorActivity()
                .when(new SubmitReport(REPORT, GRID, null, PARKING, "路灯不亮", Channel.HOTLINE, null, null, T0)),
                "actor");
    }

    @Test
    void commandWithoutTimeIsRefused() {
        refusedAsInvalid(fixture.given(leadingTo(Status.SUBMITTED))
                .when(new RejectReport(REPORT, "重复上报", DISPATCHER, null)), "at");
    }

    @Test
    void classifyWithoutPriorityIsRefused() {
        refusedAsInvalid(fixture.given(leadingTo(Status.SUBMITTED))
                .when(new ClassifyReport(REPORT, PARKING, null, DISPATCHER, NOW)), "priority");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void rejectWithoutReasonIsRefused(String reason) {
        refusedAsInvalid(fixture.given(leadingTo(Status.SUBMITTED))
                .when(new RejectReport(REPORT, reason, DISPATCHER, NOW)), "reason");
    }

    @Test
    void rejectWithReasonOverTheLimitIsRefused() {
        refusedAsInvalid(fixture.given(leadingTo(Status.SUBMITTED))
                .when(new RejectReport(REPORT, TOO_LONG_TEXT, DISPATCHER, NOW)), "reason");
    }

    @Test
    void reasonOfExactlyTheLimitIsAccepted() {
        fixture.given(leadingTo(Status.SUBMITTED))
                .when(new RejectReport(REPORT, "字".repeat(Report.MAX_TEXT_LENGTH), DISPATCHER, NOW))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void dispatchWithoutDepartmentIsRefused() {
        refusedAsInvalid(fixture.given(leadingTo(Status.CLASSIFIED))
                .when(new DispatchReport(REPORT, null, null, null, null, DISPATCHER, NOW)), "departmentId");
    }

    @Test
    void dispatchWithDueTimeInThePastIsRefused() {
        refusedAsInvalid(fixture.given(leadingTo(Status.CLASSIFIED))
                .when(new DispatchReport(REPORT, HOUSING, null, hours(9), null, DISPATCHER, NOW)), "dueAt");
    }

    @Test
    void dispatchDueAtTheMomentOfDispatchIsRefused() {
        refusedAsInvalid(fixture.given(leadingTo(Status.CLASSIFIED))
                .when(new DispatchReport(REPORT, HOUSING, null, NOW, null, DISPATCHER, NOW)), "dueAt");
    }

    @Test
    void dispatchWithSignOffDueInThePastIsRefused() {
        refusedAsInvalid(fixture.given(leadingTo(Status.CLASSIFIED))
                .when(new DispatchReport(REPORT, HOUSING, hours(9), hours(30), null, DISPATCHER, NOW)),
                "signOffDueAt");
    }

    @Test
    void dispatchWithSignOffAfterTheDueTimeIsRefused() {
        refusedAsInvalid(fixture.given(leadingTo(Status.CLASSIFIED))
                .when(new DispatchReport(REPORT, HOUSING, hours(31), hours(30), null, DISPATCHER, NOW)),
                "signOffDueAt");
    }

    @Test
    void dispatchWithSignOffAfterTheCategoryDueTimeIsRefused() {
        refusedAsInvalid(fixture.given(leadingTo(Status.CLASSIFIED))
                .when(new DispatchReport(REPORT, HOUSING, hours(100), null, null, DISPATCHER, NOW)),
                "signOffDueAt");
    }

    @Test
    void dispatchWithInstructionsOverTheLimitIsRefused() {
        refusedAsInvalid(fixture.given(leadingTo(Status.CLASSIFIED))
                .when(new DispatchReport(REPORT, HOUSING, null, null, TOO_LONG_TEXT, DISPATCHER, NOW)),
                "instructions");
    }

    @Test
    void acceptByAnotherDepartmentIsRefused() {
        refusedAsInvalid(fixture.given(leadingTo(Status.DISPATCHED))
                .when(new AcceptDispatch(REPORT, CITY_MANAGEMENT, HANDLER, NOW)), "departmentId");
    }

    @Test
    void returnByAnotherDepartmentIsRefused() {
        refusedAsInvalid(fixture.given(leadingTo(Status.ACCEPTED))
                .when(new ReturnDispatch(REPORT, CITY_MANAGEMENT, "不属于本部门职责", HANDLER, NOW)), "departmentId");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void returnWithoutReasonIsRefused(String reason) {
        refusedAsInvalid(fixture.given(leadingTo(Status.DISPATCHED))
                .when(new ReturnDispatch(REPORT, HOUSING, reason, HANDLER, NOW)), "reason");
    }

    @Test
    void extensionToAnEarlierDueTimeIsRefused() {
        refusedAsInvalid(fixture.given(leadingTo(Status.ACCEPTED))
                .when(new ExtendDeadline(REPORT, hours(50), "等待配件", HANDLER, NOW)), "newDueAt");
    }

    @Test
    void extensionToTheCurrentDueTimeIsRefused() {
        refusedAsInvalid(fixture.given(leadingTo(Status.ACCEPTED))
                .when(new ExtendDeadline(REPORT, DISPATCHED_DUE, "等待配件", HANDLER, NOW)), "newDueAt");
    }

    @Test
    void extensionThatIsStillInThePastIsRefused() {
        refusedAsInvalid(fixture.given(leadingTo(Status.ACCEPTED))
                .when(new ExtendDeadline(REPORT, hours(80), "等待配件", HANDLER, hours(90))), "newDueAt");
    }

    @Test
    void extensionWithoutNewDueTimeIsRefused() {
        refusedAsInvalid(fixture.given(leadingTo(Status.ACCEPTED))
                .when(new ExtendDeadline(REPORT, null, "等待配件", HANDLER, NOW)), "newDueAt");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void extensionWithoutReasonIsRefused(String reason) {
        refusedAsInvalid(fixture.given(leadingTo(Status.ACCEPTED))
                .when(new ExtendDeadline(REPORT, hours(120), reason, HANDLER, NOW)), "reason");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void progressWithoutNoteIsRefused(String note) {
        refusedAsInvalid(fixture.given(leadingTo(Status.ACCEPTED))
                .when(new NoteProgress(REPORT, note, HANDLER, NOW)), "note");
    }

    @Test
    void progressNoteOverTheLimitIsRefused() {
        refusedAsInvalid(fixture.given(leadingTo(Status.ACCEPTED))
                .when(new NoteProgress(REPORT, TOO_LONG_TEXT, HANDLER, NOW)), "note");
    }

    @Test
    void resolveByAnotherDepartmentIsRefused() {
        refusedAsInvalid(fixture.given(leadingTo(Status.ACCEPTED))
                .when(new ResolveReport(REPORT, CITY_MANAGEMENT, "已挪车", HANDLER, NOW)), "departmentId");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void resolveWithoutResolutionIsRefused(String resolution) {
        refusedAsInvalid(fixture.given(leadingTo(Status.ACCEPTED))
                .when(new ResolveReport(REPORT, HOUSING, resolution, HANDLER, NOW)), "resolution");
    }

    @Test
    void resolutionOverTheLimitIsRefused() {
        refusedAsInvalid(fixture.given(leadingTo(Status.ACCEPTED))
                .when(new ResolveReport(REPORT, HOUSING, TOO_LONG_TEXT, HANDLER, NOW)), "resolution");
    }

    @Test
    void verificationNoteOverTheLimitIsRefused() {
        refusedAsInvalid(fixture.given(leadingTo(Status.RESOLVED))
                .when(new VerifyResolution(REPORT, TOO_LONG_TEXT, GRID_WORKER, NOW)), "note");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void reworkWithoutReasonIsRefused(String reason) {
        refusedAsInvalid(fixture.given(leadingTo(Status.RESOLVED))
                .when(new RequestRework(REPORT, reason, GRID_WORKER, NOW)), "reason");
    }

    @Test
    void ratingWithoutSatisfactionIsRefused() {
        refusedAsInvalid(fixture.given(leadingTo(Status.VERIFIED))
                .when(new RateReport(REPORT, null, "还行", RESIDENT, NOW)), "satisfaction");
    }

    @Test
    void ratingCommentOverTheLimitIsRefused() {
        refusedAsInvalid(fixture.given(leadingTo(Status.VERIFIED))
                .when(new RateReport(REPORT, Satisfaction.DISSATISFIED, TOO_LONG_TEXT, RESIDENT, NOW)), "comment");
    }

    // --- references ---

    @Test
    void submitToAnUnknownGridIsRefused() {
        refusedAsUnknown(fixture.givenNoPriorActivity()
                .when(submit("grid-nowhere", null, PARKING, "路灯不亮")), "gridId", "grid-nowhere");
    }

    @Test
    void submitWithABuildingOfAnotherGridIsRefused() {
        refusedAsUnknown(fixture.givenNoPriorActivity()
                .when(submit(GRID, BUILDING_OF_OTHER_GRID, PARKING, "路灯不亮")), "buildingId", BUILDING_OF_OTHER_GRID);
    }

    @Test
    void submitWithAnUnknownCategoryIsRefused() {
        refusedAsUnknown(fixture.givenNoPriorActivity()
                .when(submit(GRID, BUILDING, "cat-ufo", "路灯不亮")), "categoryId", "cat-ufo");
    }

    @Test
    void classifyIntoAnUnknownCategoryIsRefused() {
        refusedAsUnknown(fixture.given(leadingTo(Status.SUBMITTED))
                .when(new ClassifyReport(REPORT, "cat-ufo", Priority.NORMAL, DISPATCHER, NOW)),
                "categoryId", "cat-ufo");
    }

    @Test
    void dispatchToAnUnknownDepartmentIsRefused() {
        refusedAsUnknown(fixture.given(leadingTo(Status.CLASSIFIED))
                .when(new DispatchReport(REPORT, "dept-nowhere", null, null, null, DISPATCHER, NOW)),
                "departmentId", "dept-nowhere");
    }

    @Test
    void dispatchWithoutDueTimeIsRefusedOnceTheCategoryIsRetired() {
        refusedAsUnknown(fixture.given(classifiedAsRetiredCategory())
                .when(new DispatchReport(REPORT, HOUSING, null, null, null, DISPATCHER, NOW)),
                "categoryId", "cat-retired");
    }

    @Test
    void dispatchWithExplicitDueTimesNeedsNoCategoryWindows() {
        fixture.given(classifiedAsRetiredCategory())
                .when(new DispatchReport(REPORT, HOUSING, hours(12), hours(30), null, DISPATCHER, NOW))
                .expectSuccessfulHandlerExecution();
    }

    /** A category that existed when the report was classified and has since left the directory. */
    private static List<ReportEvent> classifiedAsRetiredCategory() {
        return List.of(
                ReportHistory.submitted(),
                new ReportClassified(REPORT, "cat-retired", Priority.NORMAL, DISPATCHER, hours(1)));
    }
}
