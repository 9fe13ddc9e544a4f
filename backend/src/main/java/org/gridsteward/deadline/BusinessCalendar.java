package org.gridsteward.deadline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gridsteward.org.HoursKind;

/**
 * Working time in one time zone: daily working periods, the weekend, public holidays and the adjusted working
 * days (调休) that turn a weekend day into a working one. Days the calendar has no notice for fall back to the
 * plain weekday rule, so a deadline never becomes incomputable, only less exact.
 */
public final class BusinessCalendar {

    /** More than any window the city uses; a loop that runs this far means a calendar without working time. */
    private static final int MAX_DAYS = 3660;

    private final ZoneId zone;
    private final List<WorkingPeriod> periods;
    private final Set<DayOfWeek> weekend;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingDays;

    /** A stretch of the working day, e.g. 08:30–12:00. */
    public record WorkingPeriod(LocalTime from, LocalTime to) {
        public WorkingPeriod {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("working period must end after it starts: " + from + "–" + to);
            }
        }

        Duration length() {
            return Duration.between(from, to);
        }
    }

    public BusinessCalendar(
            ZoneId zone,
            List<WorkingPeriod> periods,
            Set<DayOfWeek> weekend,
            Set<LocalDate> holidays,
            Set<LocalDate> workingDays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.periods = periods.stream().sorted(Comparator.comparing(WorkingPeriod::from)).toList();
        if (this.periods.isEmpty()) {
            throw new IllegalArgumentException("a business calendar needs at least one working period");
        }
        for (int i = 1; i < this.periods.size(); i++) {
            if (this.periods.get(i).from().isBefore(this.periods.get(i - 1).to())) {
                throw new IllegalArgumentException("working periods overlap: " + this.periods);
            }
        }
        this.weekend = Set.copyOf(weekend);
        this.holidays = Set.copyOf(holidays);
        this.workingDays = Set.copyOf(workingDays);
        for (LocalDate d : this.workingDays) {
            if (this.holidays.contains(d)) {
                throw new IllegalArgumentException(d + " is both a holiday and an adjusted working day");
            }
        }
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workingDays.contains(day)) {
            return true;
        }
        return !holidays.contains(day) && !weekend.contains(day.getDayOfWeek());
    }

    /** The instant {@code amount} of time after {@code start}, counted as {@code kind} says. */
    public Instant plus(Instant start, Duration amount, HoursKind kind) {
        return kind == HoursKind.CALENDAR ? start.plus(amount) : plusWorkingTime(start, amount);
    }

    /** The instant {@code amount} of time before {@code end}, counted as {@code kind} says. */
    public Instant minus(Instant end, Duration amount, HoursKind kind) {
        return kind == HoursKind.CALENDAR ? end.minus(amount) : minusWorkingTime(end, amount);
    }

    /** How much time counted as {@code kind} lies between two instants; zero if {@code to} is not later. */
    public Duration between(Instant from, Instant to, HoursKind kind) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        return kind == HoursKind.CALENDAR ? Duration.between(from, to) : workingTimeBetween(from, to);
    }

    /**
     * Counts only working time. Work that would finish exactly at the end of a period is due then, not at the
     * start of the next one; a start outside working hours begins counting at the next working period.
     */
    public Instant plusWorkingTime(Instant start, Duration amount) {
        requireNotNegative(amount);
        if (amount.isZero()) {
            return start;
        }
        ZonedDateTime t = start.atZone(zone);
        LocalDate day = t.toLocalDate();
        LocalTime time = t.toLocalTime();
        Duration left = amount;
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1), time = LocalTime.MIN) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (WorkingPeriod p : periods) {
                LocalTime from = time.isAfter(p.from()) ? time : p.from();
                if (!from.isBefore(p.to())) {
                    continue;
                }
                Duration available = Duration.between(from, p.to());
                if (left.compareTo(available) <= 0) {
                    return day.atTime(from).plus(left).atZone(zone).toInstant();
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS + " days after " + start);
    }

    /** The mirror of {@link #plusWorkingTime}: counting backwards from {@code end} through working time only. */
    public Instant minusWorkingTime(Instant end, Duration amount) {
        requireNotNegative(amount);
        if (amount.isZero()) {
            return end;
        }
        ZonedDateTime t = end.atZone(zone);
        LocalDate day = t.toLocalDate();
        LocalTime time = t.toLocalTime();
        boolean endOfDay = false;
        Duration left = amount;
        for (int i = 0; i < MAX_DAYS; i++, day = day.minusDays(1), endOfDay = true) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (int k = periods.size() - 1; k >= 0; k--) {
                WorkingPeriod p = periods.get(k);
                LocalTime to = endOfDay || time.isAfter(p.to()) ? p.to() : time;
                if (!to.isAfter(p.from())) {
                    continue;
                }
                Duration available = Duration.between(p.from(), to);
                if (left.compareTo(available) <= 0) {
                    return day.atTime(to).minus(left).atZone(zone).toInstant();
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS + " days before " + end);
    }

    /** Working time between two instants, summed day by day. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        ZonedDateTime start = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        Duration total = Duration.ZERO;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            LocalTime lower = day.equals(start.toLocalDate()) ? start.toLocalTime() : LocalTime.MIN;
            boolean lastDay = day.equals(end.toLocalDate());
            for (WorkingPeriod p : periods) {
                LocalTime a = lower.isAfter(p.from()) ? lower : p.from();
                LocalTime b = lastDay && end.toLocalTime().isBefore(p.to()) ? end.toLocalTime() : p.to();
                if (b.isAfter(a)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
        return total;
    }

    private static void requireNotNegative(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
    }
}
