package org.gridsteward.deadline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a business calendar from its JSON file. The holidays and adjusted working days are data, not code, so
 * next year's State Council notice is an edit to the file.
 */
public final class CalendarFile {

    /** China's calendar, from the State Council General Office's yearly holiday notices (see the file). */
    public static final String CHINA = "/deadline/china-business-calendar.json";

    private CalendarFile() {}

    public static BusinessCalendar china() {
        try (InputStream in = CalendarFile.class.getResourceAsStream(CHINA)) {
            if (in == null) {
                throw new IllegalStateException("missing calendar resource " + CHINA);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BusinessCalendar read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        List<BusinessCalendar.WorkingPeriod> periods = new ArrayList<>();
        for (JsonNode p : root.path("workingHours")) {
            periods.add(new BusinessCalendar.WorkingPeriod(
                    LocalTime.parse(p.path("from").asText()), LocalTime.parse(p.path("to").asText())));
        }
        Set<DayOfWeek> weekend = new HashSet<>();
        root.path("weekend").forEach(d -> weekend.add(DayOfWeek.valueOf(d.asText())));
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workingDays = new HashSet<>();
        root.path("years").forEach(year -> {
            for (JsonNode range : year.path("holidays")) {
                LocalDate first = LocalDate.parse(range.get(0).asText());
                LocalDate last = LocalDate.parse(range.get(1).asText());
                if (last.isBefore(first)) {
                    throw new IllegalArgumentException("holiday range ends before it starts: " + range);
                }
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    holidays.add(d);
                }
            }
            year.path("workingDays").forEach(d -> workingDays.add(LocalDate.parse(d.asText())));
        });
        return new BusinessCalendar(
                ZoneId.of(root.path("zone").asText()), periods, weekend, holidays, workingDays);
    }
}
