package org.gridsteward.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.gridsteward.report.ReportRuleException;

/**
 * Commands by type and outcome with their latency ({@code grid_commands_seconds}), and events appended to the
 * log ({@code grid_events_appended_total}), measured where Axon handles them.
 */
@ApplicationScoped
public class AxonMetrics {
    private final MeterRegistry registry;
    private final Counter appended;

    public AxonMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.appended = Counter.builder("grid.events.appended")
                .description("Events committed to the event log")
                .register(registry);
    }

    /** Outcomes: {@code ok}, {@code refused} (a rule said no: a 4xx) and {@code failed}. */
    public MessageMonitor<Message<?>> commands() {
        return message -> {
            long started = System.nanoTime();
            String type = message.getPayloadType().getSimpleName();
            return new MessageMonitor.MonitorCallback() {
                @Override
                public void reportSuccess() {
                    record("ok");
                }

                @Override
                public void reportFailure(Throwable cause) {
                    record(cause instanceof ReportRuleException || cause instanceof IllegalArgumentException
                            ? "refused" : "failed");
                }

                @Override
                public void reportIgnored() {
                    record("ignored");
                }

                private void record(String outcome) {
                    Timer.builder("grid.commands")
                            .description("Commands handled, by type and outcome")
                            .tag("command", type)
                            .tag("outcome", outcome)
                            .register(registry)
                            .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
                }
            };
        };
    }

    public MessageMonitor<Message<?>> events() {
        return message -> new MessageMonitor.MonitorCallback() {
            @Override
            public void reportSuccess() {
                appended.increment();
            }

            @Override
            public void reportFailure(Throwable cause) {}

            @Override
            public void reportIgnored() {}
        };
    }
}
