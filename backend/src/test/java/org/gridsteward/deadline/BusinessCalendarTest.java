package org.gridsteward.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Working time on China's calendar (08:30–12:00 and 14:00–17:30, Beijing time). */
class BusinessCalendarTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final BusinessCalendar CHINA = CalendarFile.china();

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    @Test
    void aDeadlineAcrossTheNationalDayWeekSkipsAllEightHolidays() {
        // 1.5 h left on Tuesday 30 September, then 1–8 October are off; 6.5 h more on Thursday 9 October.
        assertThat(CHINA.plusWorkingTime(beijing("2025-09-30T16:00"), Duration.ofHours(8)))
                .isEqualTo(beijing("2025-10-09T17:00"));
    }

    @Test
    void anAdjustedWorkingSaturdayCountsAsAWorkingDay() {
        // Saturday 11 October 2025 is a 调休 working day after the National Day holiday.
        assertThat(CHINA.isWorkingDay(LocalDate.parse("2025-10-11"))).isTrue();
        assertThat(CHINA.plusWorkingTime(beijing("2025-10-10T15:00"), Duration.ofHours(7)))
                .isEqualTo(beijing("2025-10-11T15:00"));
    }

    @Test
    void anAdjustedWorkingSundayBeforeTheHolidayCountsToo() {
        // Sunday 28 September 2025 is worked; the holiday starts on Wednesday 1 October.
        assertThat(CHINA.plusWorkingTime(beijing("2025-09-27T10:00"), Duration.ofHours(1)))
                .isEqualTo(beijing("2025-09-28T09:30"));
    }

    @Test
    void aDispatchOnASaturdayNightStartsCountingOnMondayMorning() {
        assertThat(CHINA.plusWorkingTime(beijing("2025-03-08T22:00"), Duration.ofHours(4)))
                .isEqualTo(beijing("2025-03-10T14:30"));
    }

    @Test
    void aDispatchOverLunchStartsCountingAfterLunch() {
        assertThat(CHINA.plusWorkingTime(beijing("2025-03-11T12:40"), Duration.ofHours(1)))
                .isEqualTo(beijing("2025-03-11T15:00"));
    }

    @Test
    void workThatFillsAPeriodIsDueAtItsEndNotAtTheNextStart() {
        assertThat(CHINA.plusWorkingTime(beijing("2025-03-11T08:30"), Duration.ofMinutes(210)))
                .isEqualTo(beijing("2025-03-11T12:00"));
    }

    @Test
    void workingTimeBetweenIsTheInverseOfPlus() {
        Instant start = beijing("2025-09-30T16:00");
        Instant due = CHINA.plusWorkingTime(start, Duration.ofHours(8));

        assertThat(CHINA.workingTimeBetween(start, due)).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void countingBackFromADueTimeCrossesTheHolidayToo() {
        assertThat(CHINA.minusWorkingTime(beijing("2025-10-09T10:00"), Duration.ofHours(4)))
                .isEqualTo(beijing("2025-09-30T15:00"));
    }

    @Test
    void theSpringFestivalOf2026IsNineDaysOffWithTwoWorkingSaturdays() {
        for (LocalDate d = LocalDate.parse("2026-02-15"); !d.isAfter(LocalDate.parse("2026-02-23")); d = d.plusDays(1)) {
            assertThat(CHINA.isWorkingDay(d)).as(d.toString()).isFalse();
        }
        assertThat(CHINA.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
        assertThat(CHINA.isWorkingDay(LocalDate.parse("2026-02-28"))).isTrue();
    }

    @Test
    void aYearWithoutANoticeFallsBackToTheWeekdayRule() {
        assertThat(CHINA.isWorkingDay(LocalDate.parse("2030-03-04"))).isTrue();
        assertThat(CHINA.isWorkingDay(LocalDate.parse("2030-03-02"))).isFalse();
    }
}
