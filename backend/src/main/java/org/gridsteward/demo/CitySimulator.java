package org.gridsteward.demo;

import com.mongodb.client.MongoDatabase;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.Reporter;
import org.gridsteward.intake.ReportNumbers;
import org.gridsteward.org.CityOrganisation;
import org.gridsteward.privacy.Residents;
import org.gridsteward.report.ReportRuleException;
import org.gridsteward.report.SubmitReport;
import org.jboss.logging.Logger;

/**
 * A living demo city: with {@code grid.demo.simulator.rate} above 0, residents and grid workers report problems
 * at that many a minute, and dispatchers, departments, grid workers and residents move each report through its
 * life as {@link Scenario} decides, by the same commands and aggregate their own requests reach. On a first
 * start with an empty log it first lays down {@code grid.demo.simulator.history-days} days of past reports, each
 * command carrying its past time, so the wall's trend has a past. Off unless the property is set.
 *
 * <p>The reports it has not seen closed are listed in {@link OpenReports}; after a restart it reads where each one
 * stands from the log and carries on. A report someone else moved in the meantime simply has another next step;
 * a command the report refuses is logged at debug and the report is looked at again.
 */
@ApplicationScoped
public class CitySimulator {
    private static final Logger LOG = Logger.getLogger(CitySimulator.class);
    private static final ZoneId CITY_TIME = ZoneId.of("Asia/Shanghai");
    /** The history's steps are the live ones in minutes instead of seconds: hours from report to close. */
    static final double HISTORY_PACE = 60;
    /** How often a report the log keeps refusing is looked at again before the simulator leaves it alone. */
    private static final int MAX_REFUSALS = 5;
    /** How far behind new reports may fall before the ones not yet sent are dropped (a slow machine, a pause). */
    private static final Duration ARRIVALS_KEPT = Duration.ofSeconds(2);
    /** Past reports are laid down side by side: each mostly waits for its appends to be written. */
    private static final int HISTORY_THREADS = 3;

    @ConfigProperty(name = "grid.demo.simulator.rate", defaultValue = "0")
    double rate;

    @ConfigProperty(name = "grid.demo.simulator.pace", defaultValue = "1")
    double pace;

    @ConfigProperty(name = "grid.demo.simulator.seed", defaultValue = "20261123")
    long seed;

    @ConfigProperty(name = "grid.demo.simulator.history-days", defaultValue = "10")
    int historyDays;

    @ConfigProperty(name = "grid.demo.simulator.tick", defaultValue = "PT0.2S")
    Duration tick;

    @Inject
    CommandGateway commands;

    @Inject
    EventStore events;

    @Inject
    ReportNumbers numbers;

    @Inject
    Residents residents;

    @Inject
    CityOrganisation city;

    @Inject
    Clock clock;

    @Inject
    MongoDatabase database;

    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong moves = new AtomicLong();
    private final AtomicLong refusals = new AtomicLong();
    private final PriorityQueue<Due> due = new PriorityQueue<>(Comparator.comparing(Due::at));
    private final Map<String, Integer> refusedTimes = new HashMap<>();
    private volatile ScheduledExecutorService thread;
    private volatile ExecutorService historyThreads;
    private volatile boolean stopping;
    private Scenario scenario;
    private OpenReports open;
    private Random random;
    private Instant nextArrival;

    void onStart(@Observes StartupEvent event) {
        if (rate > 0) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Starts the city, carrying on with the reports it left open: everything it knew in memory is forgotten. */
    synchronized void start() {
        if (isRunning()) {
            return;
        }
        stopping = false;
        due.clear();
        refusedTimes.clear();
        scenario = new Scenario(city, seed, pace);
        open = new OpenReports(database);
        random = new Random(seed ^ System.nanoTime());
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "city-simulator");
            t.setDaemon(true);
            return t;
        });
        LOG.infof("Simulated city: %.1f reports a minute at pace %.2f; hot grids %s", rate, pace, scenario.hotGrids());
        thread.execute(this::begin);
    }

    /** Stops the city after the step it is taking, waiting for it a few seconds at most. */
    synchronized void stop() {
        if (thread == null || thread.isShutdown()) {
            return;
        }
        stopping = true;
        ExecutorService history = historyThreads;
        for (ExecutorService executor : history == null ? List.of(thread) : List.of(history, thread)) {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        LOG.infof("Simulated city stopped: %d reports submitted, %d steps taken, %d refused", submitted.get(), moves.get(), refusals.get());
    }

    public boolean isRunning() {
        return thread != null && !thread.isShutdown();
    }

    /** Reports submitted since start, history included. */
    public long submitted() {
        return submitted.get();
    }

    /** Steps after submission taken since start, history included. */
    public long moves() {
        return moves.get();
    }

    /** The reports it has started and not yet seen closed, as it would find them after a restart. */
    public List<String> openReports() {
        return new OpenReports(database).all();
    }

    // ---------------------------------------------------------------- the simulator's thread

    private void begin() {
        boolean lay = false;
        try {
            lay = historyDays > 0 && logIsEmpty();
            List<String> resumed = open.all();
            for (String reportId : resumed) {
                look(reportId, clock.instant());
            }
            if (!resumed.isEmpty()) {
                LOG.infof("Simulated city carries on with %d open reports", resumed.size());
            }
        } catch (RuntimeException e) {
            LOG.warn("Simulated city could not look at its open reports; it starts afresh", e);
        }
        nextArrival = clock.instant();
        if (stopping) {
            return;
        }
        thread.scheduleWithFixedDelay(this::tick, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
        if (lay) {
            history(historyDays);
        }
    }

    private void tick() {
        try {
            Instant now = clock.instant();
            // Reports already in hand come first: a machine too slow for the rate gets fewer new reports, not
            // reports that stop moving.
            while (!due.isEmpty() && !due.peek().at().isAfter(now) && !stopping) {
                step(due.poll().reportId(), clock.instant());
            }
            now = clock.instant();
            if (nextArrival.isBefore(now.minus(ARRIVALS_KEPT))) {
                nextArrival = now.minus(ARRIVALS_KEPT);
            }
            while (!nextArrival.isAfter(now) && !stopping) {
                submit(scenario, scenario.newReport(random), clock.instant());
                nextArrival = nextArrival.plus(scenario.untilNextReport(random, rate));
            }
        } catch (RuntimeException e) {
            // Never let one failure end the schedule: the next tick tries again.
            LOG.warn("Simulated city stumbled; it carries on at the next tick", e);
        }
    }

    /** Submits a new report at {@code at} and plans its first step. */
    private String submit(Scenario by, Scenario.NewReport report, Instant at) {
        String reportId = numbers.next(at);
        Reporter reporter = report.reporterPhone() == null ? null : residents.encrypt(report.reporterName(), report.reporterPhone());
        SubmitReport command = new SubmitReport(reportId, report.gridId(), report.buildingId(), report.categoryId(),
                report.description(), report.channel(), reporter, by.submitter(report, reportId), at);
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException refused) {
            LOG.debugf(refused, "Simulated report in %s not submitted", report.gridId());
            return null;
        }
        submitted.incrementAndGet();
        open.add(reportId);
        if (by == scenario) {
            look(reportId, at);
        }
        return reportId;
    }

    /** Reads where the report stands and plans its next step, or lets it go once it is closed. */
    private void look(String reportId, Instant now) {
        Optional<SimulatedReport> report = load(reportId);
        Optional<Scenario.Step> next = report.flatMap(scenario::next);
        if (next.isEmpty()) {
            open.remove(reportId);
            refusedTimes.remove(reportId);
            return;
        }
        due.add(new Due(next.get().at().isAfter(now) ? next.get().at() : now, reportId));
    }

    private void step(String reportId, Instant now) {
        Optional<SimulatedReport> report = load(reportId);
        Optional<Scenario.Step> next = report.flatMap(scenario::next);
        if (next.isEmpty() || next.get().at().isAfter(now)) {
            look(reportId, now);
            return;
        }
        if (send(report.get(), next.get(), now)) {
            refusedTimes.remove(reportId);
            look(reportId, now);
        } else if (refusedTimes.merge(reportId, 1, Integer::sum) >= MAX_REFUSALS) {
            LOG.debugf("Simulated city leaves report %s alone after %d refusals", reportId, MAX_REFUSALS);
            open.remove(reportId);
            refusedTimes.remove(reportId);
        } else {
            due.add(new Due(now.plus(tick.multipliedBy(5)), reportId));
        }
    }

    /** Sends the step's command at {@code at}; false when the report refused it or it could not be sent. */
    private boolean send(SimulatedReport report, Scenario.Step step, Instant at) {
        try {
            commands.sendAndWait(MoveCommands.of(report.reportId(), report.state(), step.move(), step.actor(), at));
            moves.incrementAndGet();
            return true;
        } catch (ReportRuleException refused) {
            // Someone moved the report in the meantime, or the deadline tracker got there first.
            refusals.incrementAndGet();
            LOG.debugf("Simulated step %s on report %s refused: %s", step.move(), report.reportId(), refused.getMessage());
        } catch (RuntimeException failed) {
            refusals.incrementAndGet();
            LOG.debugf(failed, "Simulated step %s on report %s not taken", step.move(), report.reportId());
        }
        return false;
    }

    private Optional<SimulatedReport> load(String reportId) {
        List<ReportEvent> history = events.readEvents(reportId, 0).asStream()
                .map(message -> message.getPayload())
                .filter(ReportEvent.class::isInstance)
                .map(ReportEvent.class::cast)
                .toList();
        try {
            return Optional.of(SimulatedReport.fold(reportId, history));
        } catch (IllegalArgumentException notAReport) {
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- the past

    private boolean logIsEmpty() {
        TrackingToken head = events.createHeadToken();
        return head == null || head.position().orElse(-1) < 0;
    }

    /**
     * Lays down {@code days} days of past reports, each moved through its life with past times (an hour of the
     * city's day for each minute of the live demo's) up to now, beside the live city on threads of their own; what
     * is still open at now the live city carries on.
     */
    private void history(int days) {
        Scenario past = new Scenario(city, seed, HISTORY_PACE);
        Random draw = new Random(seed);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, CITY_TIME);
        List<Runnable> reports = new ArrayList<>();
        for (int d = days; d >= 1; d--) {
            LocalDate day = today.minusDays(d);
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            int count = (weekend ? 15 : 25) + draw.nextInt(15);
            for (int i = 0; i < count; i++) {
                // Reports come in from 07:00 to 22:00, most of them in the day's middle.
                double hour = 7 + 15 * (draw.nextDouble() + draw.nextDouble()) / 2;
                Instant at = day.atStartOfDay(CITY_TIME).toInstant().plusSeconds(Math.round(hour * 3600));
                Scenario.NewReport report = past.newReport(draw);
                reports.add(() -> {
                    String reportId = submit(past, report, at);
                    if (reportId != null && live(past, reportId, now) && !stopping) {
                        try {
                            thread.execute(() -> look(reportId, clock.instant()));
                        } catch (RejectedExecutionException stopped) {
                            // stopped meanwhile: the report is in OpenReports, and the next start carries it on
                        }
                    }
                });
            }
        }
        LOG.infof("Simulated city lays down %d days of history: %d reports", days, reports.size());
        historyThreads = Executors.newFixedThreadPool(HISTORY_THREADS, runnable -> {
            Thread t = new Thread(runnable, "city-history");
            t.setDaemon(true);
            return t;
        });
        reports.forEach(report -> historyThreads.execute(() -> {
            try {
                if (!stopping) {
                    report.run();
                }
            } catch (RuntimeException e) {
                LOG.debugf(e, "Simulated city's history lost a report");
            }
        }));
        historyThreads.shutdown();
    }

    /**
     * Moves a past report step after step, each at its own past time, until it closes or its next step is due
     * after now; true when it is left open for the live city.
     */
    private boolean live(Scenario past, String reportId, Instant now) {
        for (int steps = 0; steps < 40 && !stopping; steps++) {
            Optional<SimulatedReport> report = load(reportId);
            Optional<Scenario.Step> next = report.flatMap(past::next);
            if (next.isEmpty()) {
                open.remove(reportId);
                return false;
            }
            if (next.get().at().isAfter(now) || !send(report.get(), next.get(), next.get().at())) {
                return true;
            }
        }
        return true;
    }

    private record Due(Instant at, String reportId) {}
}
