package org.gridsteward.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridsteward.events.Actor;
import org.gridsteward.events.Role;
import org.gridsteward.events.report.Channel;
import org.gridsteward.events.report.Deadline;
import org.gridsteward.events.report.DeadlineApproaching;
import org.gridsteward.events.report.DispatchAccepted;
import org.gridsteward.events.report.EscalationLevel;
import org.gridsteward.events.report.Priority;
import org.gridsteward.events.report.ReportClassified;
import org.gridsteward.events.report.ReportDispatched;
import org.gridsteward.events.report.ReportSubmitted;
import org.gridsteward.events.report.ResolutionOverdue;
import org.gridsteward.org.HoursKind;
import org.gridsteward.report.CategoryWindows;
import org.gridsteward.report.CityDirectory;
import org.junit.jupiter.api.Test;

/** Which triggers a report's history leaves pending, in working hours on China's calendar. */
class DeadlineWatchTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final BusinessCalendar CHINA = CalendarFile.china();
    private static final Actor DISPATCHER = new Actor("d-1", Role.DISPATCHER);
    private static final DeadlineSettings SETTINGS = new DeadlineSettings(
            List.of(WarningThreshold.parse("75%"), WarningThreshold.parse("4h")),
            Map.of(EscalationLevel.COMMUNITY, Duration.ZERO, EscalationLevel.STREET, Duration.ofHours(24),
                    EscalationLevel.CITY, Duration.ofHours(72)));
    private static final CityDirectory WORKING_HOURS_CITY = new CityDirectory() {
        @Override
        public boolean isGrid(String gridId) {
            return true;
        }

        @Override
        public boolean isBuildingOf(String gridId, String buildingId) {
            return true;
        }

        @Override
        public boolean isDepartment(String departmentId) {
            return true;
        }

        @Override
        public Optional<CategoryWindows> category(String categoryId) {
            return Optional.of(new CategoryWindows(Duration.ofHours(4), Duration.ofHours(14), HoursKind.WORKING));
        }
    };

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    /** Dispatched Friday 7 March 2025 at 16:30, due (14 working hours) Tuesday 11 March at 16:30. */
    private static final Instant DISPATCHED = beijing("2025-03-07T16:30");
    private static final Instant DUE = beijing("2025-03-11T16:30");

    private static DeadlineWatch accepted() {
        return DeadlineWatch.start(new ReportSubmitted("r-1", "g", null, "parking", "占道", Channel.HOTLINE, null,
                        DISPATCHER, DISPATCHED.minusSeconds(600)))
                .apply(new ReportClassified("r-1", "parking", Priority.NORMAL, DISPATCHER, DISPATCHED.minusSeconds(300)))
                .apply(new ReportDispatched("r-1", "dept", beijing("2025-03-10T14:30"), DUE, null, DISPATCHER, DISPATCHED))
                .apply(new DispatchAccepted("r-1", "dept", DISPATCHER, DISPATCHED.plusSeconds(60)));
    }

    @Test
    void warningsAreCountedInWorkingHoursAcrossTheWeekend() {
        assertThat(accepted().pending(SETTINGS, CHINA, WORKING_HOURS_CITY))
                .extracting(Trigger::kind, Trigger::threshold, Trigger::at)
                .containsExactly(
                        // 4 working hours before 16:30: 2.5 h after lunch, 1.5 h before it.
                        org.assertj.core.groups.Tuple.tuple(Trigger.Kind.WARN, "4h", beijing("2025-03-11T10:30")),
                        // 10.5 of 14 working hours: Friday 1 h, Monday 7 h, Tuesday 2.5 h.
                        org.assertj.core.groups.Tuple.tuple(Trigger.Kind.WARN, "75%", beijing("2025-03-11T11:00")),
                        org.assertj.core.groups.Tuple.tuple(Trigger.Kind.OVERDUE, null, DUE));
    }

    @Test
    void aWarningAlreadyRecordedIsNoLongerPending() {
        DeadlineWatch warned = accepted().apply(new DeadlineApproaching(
                "r-1", "dept", Deadline.RESOLUTION, DUE, "4h", Actor.SYSTEM, beijing("2025-03-11T10:30")));

        assertThat(warned.pending(SETTINGS, CHINA, WORKING_HOURS_CITY)).extracting(Trigger::threshold)
                .containsExactly("75%", null);
    }

    @Test
    void onceOverdueOnlyTheNextEscalationIsPending() {
        DeadlineWatch overdue = accepted().apply(new ResolutionOverdue("r-1", "dept", DUE, Actor.SYSTEM, DUE));

        assertThat(overdue.pending(SETTINGS, CHINA, WORKING_HOURS_CITY))
                .containsExactly(new Trigger(DUE, Trigger.Kind.ESCALATE, Deadline.RESOLUTION, DUE, null,
                        EscalationLevel.COMMUNITY));
    }

    @Test
    void aThresholdIsAShareOfTheWindowOrTimeLeft() {
        assertThat(WarningThreshold.parse("75%").elapsedShare()).isEqualTo(0.75);
        assertThat(WarningThreshold.parse("4h").timeLeft()).isEqualTo(Duration.ofHours(4));
        assertThat(WarningThreshold.parse("30m").timeLeft()).isEqualTo(Duration.ofMinutes(30));
        assertThatThrownBy(() -> WarningThreshold.parse("150%")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WarningThreshold.parse("soon")).isInstanceOf(IllegalArgumentException.class);
    }
}
