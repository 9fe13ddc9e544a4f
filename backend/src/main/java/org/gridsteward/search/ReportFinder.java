package org.gridsteward.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.gridsteward.access.AccessRules;
import org.gridsteward.access.Caller;
import org.gridsteward.org.CityOrganisation;
import org.gridsteward.views.ReporterMasks;
import org.gridsteward.views.ViewStore;

/** The search as the application runs it: over the views' store, with residents masked by the privacy package. */
@ApplicationScoped
public class ReportFinder {
    private final ReportSearch search;
    private final CityOrganisation city;
    private final Clock clock;

    public ReportFinder(ViewStore store, CityOrganisation city, AccessRules rules, ReporterMasks masks, Clock clock) {
        this.search = new ReportSearch(store, city, rules, masks);
        this.city = city;
        this.clock = clock;
    }

    /** @throws InvalidSearchException when a parameter is bad; nothing is read then */
    public SearchPage find(Caller caller, Map<String, List<String>> parameters) {
        return search.find(caller, ReportQuery.parse(parameters, city), clock.instant());
    }
}
