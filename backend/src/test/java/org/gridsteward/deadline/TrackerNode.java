package org.gridsteward.deadline;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.org.HoursKind;
import org.gridsteward.report.CalendarHoursDeadlinePolicy;
import org.gridsteward.report.CategoryWindows;
import org.gridsteward.report.CityDirectory;
import org.gridsteward.runtime.AxonRuntime;

/**
 * One backend node as the application wires it (report aggregate, event store, deadline tracking), on a shared
 * database and a test clock.
 */
final class TrackerNode implements AutoCloseable {
    static final String GRID = "g-01-01";
    static final String DEPARTMENT = "dept-urban-mgmt";
    static final String CATEGORY = "fire-lane";
    /** Calendar hours, so the tests' arithmetic is plain: sign for it within 2 h, resolve it within 8 h. */
    static final CategoryWindows WINDOWS = new CategoryWindows(Duration.ofHours(2), Duration.ofHours(8), HoursKind.CALENDAR);

    static final DeadlineTracking.Options OPTIONS = new DeadlineTracking.Options(
            "75%,1h", Duration.ZERO, Duration.ofHours(24), Duration.ofHours(72),
            Duration.ofMillis(20), Duration.ofSeconds(2), Duration.ofSeconds(5), 4, Optional.empty());

    static final CityDirectory CITY = new CityDirectory() {
        @Override
        public boolean isGrid(String gridId) {
            return GRID.equals(gridId);
        }

        @Override
        public boolean isBuildingOf(String gridId, String buildingId) {
            return false;
        }

        @Override
        public boolean isDepartment(String departmentId) {
            return DEPARTMENT.equals(departmentId);
        }

        @Override
        public Optional<CategoryWindows> category(String categoryId) {
            return CATEGORY.equals(categoryId) ? Optional.of(WINDOWS) : Optional.empty();
        }
    };

    private final Configuration configuration;
    final DeadlineTracking tracking;

    TrackerNode(MongoDatabase database, MovableClock clock, String nodeId) {
        this(database, clock, nodeId, OPTIONS);
    }

    TrackerNode(MongoDatabase database, MovableClock clock, String nodeId, DeadlineTracking.Options options) {
        tracking = new DeadlineTracking(database, clock, CalendarFile.china(), CITY,
                new DeadlineTracking.Options(options.warnings(), options.communityAfter(), options.streetAfter(),
                        options.cityAfter(), options.pollInterval(), options.resendAfter(), options.claimTimeout(),
                        options.senders(), Optional.of(nodeId)));
        Configurer configurer = AxonRuntime.reports(AxonRuntime.engine(database), CITY, new CalendarHoursDeadlinePolicy());
        tracking.registerWith(configurer);
        configuration = configurer.buildConfiguration();
        configuration.start();
    }

    CommandGateway commands() {
        return configuration.commandGateway();
    }

    /** The report's events in its stream's order. */
    List<ReportEvent> events(String reportId) {
        return configuration.eventStore().readEvents(reportId).asStream()
                .map(DomainEventMessage::getPayload)
                .map(ReportEvent.class::cast)
                .toList();
    }

    @Override
    public void close() {
        configuration.shutdown();
    }
}
