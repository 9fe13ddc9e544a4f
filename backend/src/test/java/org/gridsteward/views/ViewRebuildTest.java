package org.gridsteward.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.gridsteward.org.CityOrganisation;
import org.gridsteward.api.SignIn;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ViewRebuildTest {

    @Inject
    ViewProcessing processing;

    @Inject
    ViewStore store;

    @Inject
    CityOrganisation city;

    @Test
    void viewsBuiltLiveEqualViewsRebuiltFromTheWholeLog() {
        for (int i = 0; i < 6; i++) {
            ReportTraffic.handledToTheEnd(i % 2 == 0 ? "g-01-01" : "g-05-02", "dept-urban-mgmt");
            String open = ReportTraffic.submit(i % 2 == 0 ? "g-01-02" : "g-06-01", "garbage");
            ReportTraffic.act(open, "classify", "{\"categoryId\":\"garbage\"}");
            ReportTraffic.act(open, "dispatch", "{\"departmentId\":\"dept-sanitation\"}");
            if (i % 3 == 0) {
                ReportTraffic.act(open, "return", "{\"departmentId\":\"dept-sanitation\",\"reason\":\"不属于本部门\"}");
            }
        }
        Poll.until(Duration.ofSeconds(20), processing::caughtUp, "live views caught up");
        List<ScopeView> live = everyView();

        processing.rebuild();
        Poll.until(Duration.ofSeconds(60), processing::caughtUp, () -> "rebuilt views caught up: " + processing.status());

        assertThat(everyView()).isEqualTo(live);
        assertThat(live.get(0).figures().received()).isPositive();
    }

    /** Every scope's view at one fixed moment, so only the read models can differ. */
    private List<ScopeView> everyView() {
        ScopeViews views = new ScopeViews(store, new ScopeTree(city), Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC));
        List<Scope> scopes = new ArrayList<>();
        scopes.add(Scope.CITY);
        city.streets().forEach(street -> {
            scopes.add(Scope.street(street.id()));
            street.communities().forEach(community -> {
                scopes.add(Scope.community(community.id()));
                community.grids().forEach(grid -> scopes.add(Scope.grid(grid.id())));
            });
        });
        return scopes.stream().map(scope -> views.view(scope).orElseThrow()).toList();
    }
}
