package org.gridsteward.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.gridsteward.report.CalendarHoursDeadlinePolicy;
import org.gridsteward.report.DeadlinePolicy;

/** The plain-Java services the domain is given, in one place so tests and later calendars can swap them. */
@ApplicationScoped
public class DomainServices {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    DeadlinePolicy deadlinePolicy() {
        return new CalendarHoursDeadlinePolicy();
    }
}
