package org.gridsteward.views;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.gridsteward.events.Actor;
import org.gridsteward.events.Role;
import org.gridsteward.events.report.Channel;
import org.gridsteward.events.report.Deadline;
import org.gridsteward.events.report.DispatchAccepted;
import org.gridsteward.events.report.DispatchReturned;
import org.gridsteward.events.report.EscalationLevel;
import org.gridsteward.events.report.Priority;
import org.gridsteward.events.report.ReportClassified;
import org.gridsteward.events.report.ReportDispatched;
import org.gridsteward.events.report.ReportEscalated;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ReportRated;
import org.gridsteward.events.report.ReportRejected;
import org.gridsteward.events.report.ReportResolved;
import org.gridsteward.events.report.ReportSubmitted;
import org.gridsteward.events.report.Reporter;
import org.gridsteward.events.report.ResolutionOverdue;
import org.gridsteward.events.report.ReworkRequested;
import org.gridsteward.events.report.Satisfaction;
import org.gridsteward.events.resident.ResidentErased;
import org.gridsteward.org.CityOrganisation;
import org.gridsteward.org.OrgLoader;

/**
 * The demo city, a clock fixed at 2026-11-23 10:00 Shanghai time, every projection over one in-memory store,
 * and events fed in log order with dense positions.
 */
final class ViewFixture {
    static final CityOrganisation CITY = OrgLoader.loadDemo();
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final String GRID = "g-01-01";
    static final String SIBLING_GRID = "g-01-02";
    static final String COMMUNITY = "cm-xingfuli";
    static final String STREET = "st-dongcheng";
    static final String OTHER_STREET_GRID = "g-05-01";
    static final String HOUSING = "dept-housing";
    static final String SANITATION = "dept-sanitation";
    static final Actor ACTOR = new Actor("dispatcher-01", Role.DISPATCHER);
    static final Actor SYSTEM = new Actor("deadline-tracker", Role.SYSTEM);

    final InMemoryViewStore store = new InMemoryViewStore();
    final ScopeTree tree = new ScopeTree(CITY);
    final KeyedResidents residents = new KeyedResidents();
    final List<Projection> projections = List.of(
            new GridProjection(store, tree), new DepartmentProjection(store),
            new TickerProjection(store, tree, residents), new CategoryProjection(store, tree));
    final ScopeViews views = new ScopeViews(store, tree, Clock.fixed(NOW, ZoneOffset.UTC));
    final List<ReportEvent> log = new ArrayList<>();
    private long next;

    List<Changed> feed(ReportEvent... events) {
        List<Changed> changed = new ArrayList<>();
        for (ReportEvent event : events) {
            log.add(event);
            Position position = new Position(next++, List.of());
            projections.forEach(p -> changed.addAll(p.on(event, position)));
        }
        return changed;
    }

    /** A resident's erasure, as it follows the report events in the log. */
    List<Changed> erase(String residentId) {
        residents.erase(residentId);
        Position position = new Position(next++, List.of());
        ResidentErased erased = new ResidentErased(residentId, new Actor("admin", Role.ADMIN), NOW);
        List<Changed> changed = new ArrayList<>();
        projections.forEach(p -> changed.addAll(p.on(erased, position)));
        return changed;
    }

    ScopeView view(String scope) {
        return views.view(Scope.parse(scope)).orElseThrow();
    }

    static Instant hoursAgo(double hours) {
        return NOW.minus(Duration.ofMinutes((long) (hours * 60)));
    }

    static Instant inHours(double hours) {
        return NOW.plus(Duration.ofMinutes((long) (hours * 60)));
    }

    static ReportSubmitted submitted(String id, String grid, Instant at) {
        return submitted(id, grid, "parking", at, null);
    }

    static ReportSubmitted submitted(String id, String grid, String category, Instant at, Reporter reporter) {
        return new ReportSubmitted(id, grid, null, category, "消防通道被占用", Channel.RESIDENT_APP, reporter, ACTOR, at);
    }

    static ReportClassified classified(String id, String category, Instant at) {
        return new ReportClassified(id, category, Priority.NORMAL, ACTOR, at);
    }

    static ReportRejected rejected(String id, Instant at) {
        return new ReportRejected(id, "重复上报", ACTOR, at);
    }

    static ReportDispatched dispatched(String id, String department, Instant at, Instant signOffDue, Instant due) {
        return new ReportDispatched(id, department, signOffDue, due, null, ACTOR, at);
    }

    static DispatchAccepted accepted(String id, String department, Instant at) {
        return new DispatchAccepted(id, department, ACTOR, at);
    }

    static DispatchReturned returned(String id, String department, Instant at) {
        return new DispatchReturned(id, department, "不属于本部门", ACTOR, at);
    }

    static ReportResolved resolved(String id, String department, Instant at) {
        return new ReportResolved(id, department, "已清理", ACTOR, at);
    }

    static ResolutionOverdue resolutionOverdue(String id, String department, Instant dueAt) {
        return new ResolutionOverdue(id, department, dueAt, SYSTEM, dueAt);
    }

    static ReportEscalated escalated(String id, String department, Instant dueAt, EscalationLevel level, Instant at) {
        return new ReportEscalated(id, department, Deadline.RESOLUTION, dueAt, level, SYSTEM, at);
    }

    static ReworkRequested rework(String id, Instant at) {
        return new ReworkRequested(id, "复查未通过", ACTOR, at);
    }

    static ReportRated rated(String id, Satisfaction satisfaction, Instant at) {
        return new ReportRated(id, satisfaction, null, ACTOR, at);
    }
}
