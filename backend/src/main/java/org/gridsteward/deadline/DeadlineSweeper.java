package org.gridsteward.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.gridsteward.report.ReportCommand;
import org.jboss.logging.Logger;

/**
 * Asks each report for what is due, on the injected clock. Every node may sweep: the report records a warning,
 * an overdue mark or an escalation once however many nodes ask, so a second node only adds a refused or empty
 * command. A trigger stays pending until its event comes back through the tracker, so a command lost to a crash
 * or a conflict is asked again; {@code resendAfter} keeps that from happening on every tick.
 */
public final class DeadlineSweeper {
    private static final Logger LOG = Logger.getLogger(DeadlineSweeper.class);
    /** Minutes looked at per sweep, so catching up after a long outage proceeds in bounded steps. */
    private static final int MAX_MINUTES = 1440;

    private final DeadlineSchedule schedule;
    private final Clock clock;
    private final Function<ReportCommand, CompletableFuture<?>> send;
    private final Duration resendAfter;
    private final Map<String, Instant> asked = new ConcurrentHashMap<>();
    /**
     * The command bus handles a command on the caller's thread, mostly waiting for the database; a few senders
     * keep a burst of deadlines falling due together from queueing behind each other.
     */
    private final ExecutorService senders;
    private ScheduledExecutorService timer;

    public DeadlineSweeper(
            DeadlineSchedule schedule, Clock clock, Function<ReportCommand, CompletableFuture<?>> send,
            Duration resendAfter, int senders) {
        this.senders = Executors.newFixedThreadPool(senders, r -> {
            Thread t = new Thread(r, "deadline-sender");
            t.setDaemon(true);
            return t;
        });
        this.schedule = schedule;
        this.clock = clock;
        this.send = send;
        this.resendAfter = resendAfter;
    }

    public synchronized void start(Duration pollInterval) {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "deadline-sweeper");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(this::sweepSafely, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public synchronized void stop() {
        if (timer != null) {
            // Let a sweep in flight finish: interrupting it mid-read only leaves a warning and a resend.
            timer.shutdown();
            try {
                if (!timer.awaitTermination(10, TimeUnit.SECONDS)) {
                    timer.shutdownNow();
                }
            } catch (InterruptedException e) {
                timer.shutdownNow();
                Thread.currentThread().interrupt();
            }
            timer = null;
        }
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException e) {
            // The next tick starts again from the stored cursor; one failed read must not end the timer.
            LOG.warnf(e, "deadline sweep failed");
        }
    }

    /** One sweep at the clock's current instant; returns how many commands it sent. */
    public int sweep() {
        Instant now = clock.instant();
        asked.values().removeIf(at -> !at.plus(resendAfter).isAfter(now));
        DeadlineSchedule.Cursor cursor = schedule.cursor();
        if (cursor == null) {
            return 0;
        }
        Instant current = DeadlineSchedule.minute(now);
        List<Instant> minutes = new ArrayList<>();
        for (Instant m = cursor.through(); !m.isAfter(current) && minutes.size() < MAX_MINUTES; m = m.plusSeconds(60)) {
            minutes.add(m);
        }
        if (minutes.isEmpty()) {
            return 0;
        }
        Map<Instant, DeadlineSchedule.Slot> slots = schedule.slots(minutes);
        Set<String> reports = new HashSet<>();
        slots.values().forEach(s -> reports.addAll(s.reports()));
        List<DeadlineSchedule.Watched> watched = reports.isEmpty() ? List.of() : schedule.watched(reports);

        List<CompletableFuture<?>> sent = new ArrayList<>();
        Set<Instant> stillPending = new HashSet<>();
        for (DeadlineSchedule.Watched w : watched) {
            for (Trigger t : w.triggers()) {
                Instant minute = DeadlineSchedule.minute(t.at());
                if (!slots.containsKey(minute)) {
                    continue;
                }
                stillPending.add(minute);
                if (t.at().isAfter(now) || (t.kind() == Trigger.Kind.WARN && !now.isBefore(t.dueAt()))) {
                    // Not yet due; or a warning overtaken by its deadline, which the overdue mark replaces.
                    continue;
                }
                if (asked.putIfAbsent(t.key(w.reportId()), now) == null) {
                    ReportCommand command = t.command(w.reportId(), now);
                    sent.add(CompletableFuture.supplyAsync(() -> send.apply(command).join(), senders)
                            .exceptionally(failure -> {
                                LOG.debugf("deadline command for %s not recorded: %s", w.reportId(), failure.getMessage());
                                return null;
                            }));
                }
            }
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();

        Instant through = current;
        for (Instant m : minutes) {
            DeadlineSchedule.Slot slot = slots.get(m);
            if (slot == null) {
                continue;
            }
            if (m.isBefore(current) && !stillPending.contains(m)) {
                schedule.dropSlot(m, slot);
            } else if (m.isBefore(through)) {
                through = m;
            }
        }
        if (minutes.size() == MAX_MINUTES && through.equals(current)) {
            through = minutes.get(minutes.size() - 1).plusSeconds(60);
        }
        schedule.advance(cursor, through);
        return sent.size();
    }
}
