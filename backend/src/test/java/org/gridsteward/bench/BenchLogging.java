package org.gridsteward.bench;

import java.util.List;
import java.util.logging.Level;

/** Log levels for the benchmarks that run in Maven's JVM ({@code -Pbench}, {@code exec:java}). */
public final class BenchLogging {
    private BenchLogging() {}

    /**
     * The application's levels. SLF4J goes to JBoss LogManager there, which nothing configures in Maven's JVM, so
     * every level is on: the embedded server then formats a debug line of every message it sends or receives,
     * whole batches included, which costs its threads more than the work itself and skews every ratio.
     */
    public static void asTheApplication() {
        org.jboss.logmanager.Logger.getLogger("").setLevel(Level.INFO);
        for (String logger : List.of("org.mongodb.driver", "de.bwaldvogel", "org.axonframework")) {
            System.setProperty("org.slf4j.simpleLogger.log." + logger, "warn");
            org.jboss.logmanager.Logger.getLogger(logger).setLevel(Level.WARNING);
        }
    }
}
