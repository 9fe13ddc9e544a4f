package org.gridsteward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gridsteward.api.SignIn;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ReportSubmitted;
import org.gridsteward.events.report.ResolutionOverdue;
import org.gridsteward.events.report.SignOffOverdue;
import org.gridsteward.report.ReportState;
import org.gridsteward.report.Status;
import org.gridsteward.views.Poll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The simulated city on the real backend, many times faster than the demo's pace: reports are submitted, move
 * through their lives, fall overdue, and a restarted simulator carries on with the ones it left open.
 */
@QuarkusTest
@TestProfile(CitySimulatorTest.FastCity.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CitySimulatorTest {
    public static class FastCity implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "grid.demo.simulator.rate", "120",
                    "grid.demo.simulator.pace", "0.02",
                    "grid.demo.simulator.tick", "PT0.05S",
                    "grid.demo.simulator.history-days", "1");
        }
    }

    @Inject
    CitySimulator simulator;

    @Inject
    EventStore events;

    @Test
    @Order(2)
    void reportsMoveThroughTheirLivesAndSomeFallOverdue() {
        Instant started = Instant.now();
        long before = simulator.submitted();
        try (LogWatch log = new LogWatch(events)) {
            Poll.until(Duration.ofSeconds(240), () -> {
                log.catchUp();
                return log.statusesSeen.size() >= 6
                        && log.closedSubmittedSince(started) >= 3
                        && log.types.contains("ReportRated")
                        && log.overdueMarkedSince(started);
            }, () -> "statuses " + log.statusesSeen + ", events " + log.types);
        }
        assertThat(simulator.isRunning()).isTrue();
        assertThat(simulator.submitted()).isGreaterThan(before);
        Integer received = SignIn.as(SignIn.AUDITOR).get("/api/views/city").then().statusCode(200).extract().path("figures.received");
        assertThat(received).isPositive();
    }

    @Test
    @Order(1)
    void anEmptyLogGetsPastDaysOfHistoryOnce() {
        ZoneId city = ZoneId.of("Asia/Shanghai");
        Instant today = LocalDate.now(city).atStartOfDay(city).toInstant();
        try (LogWatch log = new LogWatch(events)) {
            Poll.until(Duration.ofSeconds(180), () -> {
                log.catchUp();
                return log.submittedBefore(today) >= 10 && log.closedSubmittedBefore(today) >= 5;
            }, () -> log.submittedBefore(today) + " reports of yesterday, " + log.closedSubmittedBefore(today) + " closed");
        }
    }

    @Test
    @Order(3)
    void aRestartedSimulatorCarriesOnWithTheReportsItLeftOpen() {
        Poll.until(Duration.ofSeconds(60), () -> simulator.openReports().size() > 5, "open simulated reports");
        simulator.stop();
        assertThat(simulator.isRunning()).isFalse();
        List<String> left = simulator.openReports();
        Map<String, Long> sequence = new HashMap<>();
        left.forEach(id -> sequence.put(id, events.lastSequenceNumberFor(id).orElse(-1L)));

        simulator.start();

        Poll.until(Duration.ofSeconds(60), () -> left.stream()
                        .filter(id -> events.lastSequenceNumberFor(id).orElse(-1L) > sequence.get(id)).count() >= left.size() / 2,
                "the reports left open moved on");
        assertThat(simulator.isRunning()).isTrue();
    }

    // ----------------------------------------------------------------

    /** The log as a replay reads it, folded report by report; reads on from where it stopped each time. */
    static final class LogWatch implements AutoCloseable {
        final Map<String, ReportState> states = new HashMap<>();
        final Map<String, Instant> submittedAt = new HashMap<>();
        final Set<Status> statusesSeen = EnumSet.noneOf(Status.class);
        final Set<String> types = new HashSet<>();
        final List<Instant> overdueMarks = new ArrayList<>();
        private final BlockingStream<TrackedEventMessage<?>> stream;

        LogWatch(EventStore events) {
            stream = events.openStream(null);
        }

        void catchUp() {
            try {
                while (stream.hasNextAvailable(50, TimeUnit.MILLISECONDS)) {
                    if (stream.nextAvailable().getPayload() instanceof ReportEvent event) {
                        types.add(event.getClass().getSimpleName());
                        if (event instanceof ReportSubmitted submitted) {
                            states.put(event.reportId(), ReportState.initial(submitted));
                            submittedAt.put(event.reportId(), submitted.at());
                        } else {
                            states.put(event.reportId(), states.get(event.reportId()).apply(event));
                        }
                        statusesSeen.add(states.get(event.reportId()).status());
                        if (event instanceof SignOffOverdue || event instanceof ResolutionOverdue) {
                            overdueMarks.add(event.at());
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        long closedSubmittedSince(Instant instant) {
            return submittedAt.entrySet().stream().filter(e -> !e.getValue().isBefore(instant))
                    .filter(e -> states.get(e.getKey()).status() == Status.CLOSED).count();
        }

        long submittedBefore(Instant instant) {
            return submittedAt.values().stream().filter(at -> at.isBefore(instant)).count();
        }

        long closedSubmittedBefore(Instant instant) {
            return submittedAt.entrySet().stream().filter(e -> e.getValue().isBefore(instant))
                    .filter(e -> states.get(e.getKey()).status() == Status.CLOSED).count();
        }

        boolean overdueMarkedSince(Instant instant) {
            return overdueMarks.stream().anyMatch(at -> !at.isBefore(instant));
        }

        @Override
        public void close() {
            stream.close();
        }
    }
}
