package org.gridsteward.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ReportSubmitted;

/**
 * Figures and deadline boards per grid, community, street and city, and the map of the grids inside each scope
 * above a grid (read from the grids' own tallies, so it keeps no documents of its own). Each event moves the
 * report's contribution in every scope it lies in. Scope tallies are written before the report's track, so an
 * event redelivered after a crash between the two is skipped where it landed and applied where it did not.
 */
public final class GridProjection implements Projection {
    public static final String NAME = "grid-views";
    public static final String REPORTS = "view_grid_reports";
    public static final String TALLIES = "view_scope_tallies";
    static final Family FAMILY = new Family(NAME, REPORTS, ReportTrack.class, TALLIES);

    private final ViewStore store;
    private final ScopeTree tree;

    public GridProjection(ViewStore store, ScopeTree tree) {
        this.store = store;
        this.tree = tree;
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    public List<Changed> on(ReportEvent event, Position position) {
        Optional<ReportTrack> known = store.find(REPORTS, event.reportId(), ReportTrack.class);
        if (known.isPresent() && known.get().applied().covers(position)) {
            return List.of();
        }
        ReportTrack before = known.orElse(null);
        ReportTrack after;
        if (event instanceof ReportSubmitted submitted) {
            if (before != null) {
                return List.of();
            }
            after = ReportTrack.submitted(submitted, position);
        } else if (before == null) {
            // Only a submission starts a report; anything else for an unknown report cannot be placed in a grid.
            return List.of();
        } else {
            after = before.apply(event, position);
        }
        Contribution was = Contribution.of(before);
        Contribution now = Contribution.of(after);
        List<Changed> changed = new ArrayList<>();
        for (String scope : tree.scopesOf(after.state().gridId())) {
            ScopeTally tally = store.find(TALLIES, scope, ScopeTally.class).orElse(ScopeTally.empty(scope));
            if (tally.applied().covers(position)) {
                continue;
            }
            store.save(TALLIES, scope, tally.change(was, now, position));
            changed.add(new Changed(scope, Section.FIGURES));
            if (was.deadline() != null || now.deadline() != null) {
                changed.add(new Changed(scope, Section.BOARD));
            }
            // The community, street and city each map their grids, and this grid's row there moved with its tally.
            if (ScopeTree.mapsGrids(scope)) {
                changed.add(new Changed(scope, Section.GRIDS));
            }
        }
        store.save(REPORTS, event.reportId(), after);
        return changed;
    }
}
