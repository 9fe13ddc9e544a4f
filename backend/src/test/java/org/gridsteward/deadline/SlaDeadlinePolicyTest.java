package org.gridsteward.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.gridsteward.events.report.Priority;
import org.gridsteward.org.HoursKind;
import org.gridsteward.report.CategoryWindows;
import org.gridsteward.report.DeadlinePolicy.DueTimes;
import org.junit.jupiter.api.Test;

class SlaDeadlinePolicyTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final SlaDeadlinePolicy POLICY = new SlaDeadlinePolicy(CalendarFile.china(), 0.5);
    private static final Instant FRIDAY_EVENING = LocalDateTime.parse("2025-03-07T18:00").atZone(BEIJING).toInstant();

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    @Test
    void aWorkingHoursCategoryIsNotDueOverTheWeekend() {
        DueTimes due = POLICY.dueTimes(
                FRIDAY_EVENING, new CategoryWindows(Duration.ofHours(4), Duration.ofHours(14), HoursKind.WORKING),
                Priority.NORMAL);

        assertThat(due.signOff()).isEqualTo(beijing("2025-03-10T14:30"));
        assertThat(due.resolution()).isEqualTo(beijing("2025-03-11T17:30"));
    }

    @Test
    void aCalendarHoursCategoryCountsNightsAndWeekends() {
        DueTimes due = POLICY.dueTimes(
                FRIDAY_EVENING, new CategoryWindows(Duration.ofHours(2), Duration.ofHours(24), HoursKind.CALENDAR),
                Priority.NORMAL);

        assertThat(due.signOff()).isEqualTo(FRIDAY_EVENING.plus(Duration.ofHours(2)));
        assertThat(due.resolution()).isEqualTo(FRIDAY_EVENING.plus(Duration.ofHours(24)));
    }

    @Test
    void anUrgentReportGetsTheConfiguredShareOfEachWindow() {
        DueTimes due = POLICY.dueTimes(
                FRIDAY_EVENING, new CategoryWindows(Duration.ofHours(2), Duration.ofHours(24), HoursKind.CALENDAR),
                Priority.URGENT);

        assertThat(due.signOff()).isEqualTo(FRIDAY_EVENING.plus(Duration.ofHours(1)));
        assertThat(due.resolution()).isEqualTo(FRIDAY_EVENING.plus(Duration.ofHours(12)));
    }

    @Test
    void anUrgentShareOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new SlaDeadlinePolicy(CalendarFile.china(), 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("urgent share");
    }
}
