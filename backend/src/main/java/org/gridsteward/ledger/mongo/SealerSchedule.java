package org.gridsteward.ledger.mongo;

import com.mongodb.client.MongoDatabase;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Runs this node's sealer every {@code grid.audit.seal-every}; only the node holding the claim seals. */
@ApplicationScoped
public class SealerSchedule {
    private static final Logger LOG = Logger.getLogger(SealerSchedule.class);

    private final Sealer sealer;
    private final Duration every;
    private ScheduledExecutorService timer;

    public SealerSchedule(
            MongoLedger ledger,
            LedgerKey key,
            Clock clock,
            @ConfigProperty(name = "grid.audit.seal-every") Duration every,
            @ConfigProperty(name = "grid.audit.skip-after") Duration skipAfter,
            @ConfigProperty(name = "grid.audit.claim-timeout") Duration claimTimeout,
            @ConfigProperty(name = "grid.audit.head-every-events") long headEveryEvents,
            @ConfigProperty(name = "grid.audit.head-every") Duration headEvery,
            @ConfigProperty(name = "grid.audit.node-id") Optional<String> nodeId) {
        this.every = every;
        this.sealer = new Sealer(ledger, key.privateKey(), clock, System::nanoTime, new Sealer.Options(
                nodeId.orElse("node-" + UUID.randomUUID()), claimTimeout, skipAfter, headEveryEvents, headEvery, 1_000));
    }

    @Produces
    @Singleton
    static MongoLedger ledger(MongoDatabase database) {
        return new MongoLedger(database);
    }

    void startWithTheApplication(@Observes StartupEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ledger-sealer");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::sealQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sealQuietly() {
        try {
            sealer.sealOnce();
        } catch (RuntimeException e) {
            // The next round starts again from the stored state; one failed round loses nothing.
            LOG.warnf(e, "sealing the event log failed; retrying in %s", every);
        }
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
