package org.gridsteward.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gridsteward.deadline.BusinessCalendar;
import org.gridsteward.deadline.CalendarFile;
import org.gridsteward.deadline.SlaDeadlinePolicy;
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
    BusinessCalendar businessCalendar() {
        return CalendarFile.china();
    }

    @Produces
    @Singleton
    DeadlinePolicy deadlinePolicy(
            BusinessCalendar calendar,
            @ConfigProperty(name = "grid.deadline.urgent-window-share", defaultValue = "0.5") double urgentShare) {
        return new SlaDeadlinePolicy(calendar, urgentShare);
    }
}
