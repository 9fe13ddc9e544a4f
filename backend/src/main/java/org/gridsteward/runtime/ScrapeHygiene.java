package org.gridsteward.runtime;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Keeps the /q/metrics scrape readable by every Prometheus. Some of Micrometer's own help texts quote words
 * ("cpu time"); the registry writes those quotes as {@code \"}, an escape that the text format does not allow
 * in a HELP line and that promtool and older servers reject, failing the whole scrape.
 */
public class ScrapeHygiene {

    @Produces
    @Singleton
    MeterFilter helpTextsWithoutQuotes() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String description = id.getDescription();
                if (description == null || description.indexOf('"') < 0) {
                    return id;
                }
                return new Meter.Id(id.getName(), Tags.of(id.getTagsAsIterable()), id.getBaseUnit(),
                        description.replace("\"", ""), id.getType());
            }
        };
    }
}
