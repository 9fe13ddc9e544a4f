package org.gridsteward.views;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridsteward.events.report.DeadlineExtended;
import org.gridsteward.events.report.DispatchAccepted;
import org.gridsteward.events.report.DispatchReturned;
import org.gridsteward.events.report.ReportDispatched;
import org.gridsteward.events.report.ReportEscalated;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ReportRated;
import org.gridsteward.events.report.ReportReopened;
import org.gridsteward.events.report.ReportResolved;
import org.gridsteward.events.report.ResolutionOverdue;
import org.gridsteward.events.report.ReworkRequested;
import org.gridsteward.events.report.Satisfaction;
import org.gridsteward.events.report.SignOffOverdue;
import org.gridsteward.views.DepartmentTally.Count;

/**
 * Per-department handling figures. A resolution counts once per dispatch (rework and resolving again is the
 * same dispatch); a rating scores the department that resolved the report; each overdue mark (签收 or 办结
 * 超期) and each 督办 level counts against the department that held the report. The tally is written before the
 * report's track, as in {@link GridProjection}.
 */
public final class DepartmentProjection implements Projection {
    public static final String NAME = "department-views";
    public static final String REPORTS = "view_department_reports";
    public static final String TALLIES = "view_department_tallies";
    static final Family FAMILY = new Family(NAME, REPORTS, DepartmentTrack.class, TALLIES);

    private final ViewStore store;

    public DepartmentProjection(ViewStore store) {
        this.store = store;
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    public List<Changed> on(ReportEvent event, Position position) {
        Optional<DepartmentTrack> known = store.find(REPORTS, event.reportId(), DepartmentTrack.class);
        if (known.isPresent() && known.get().applied().covers(position)) {
            return List.of();
        }
        DepartmentTrack track = known.orElse(
                new DepartmentTrack(event.reportId(), null, null, null, false, null, Position.NONE));
        DepartmentTrack next = track;
        String scored = null;
        Set<Count> counts = EnumSet.noneOf(Count.class);
        if (event instanceof ReportDispatched d) {
            scored = d.departmentId();
            counts.add(Count.RECEIVED);
            next = new DepartmentTrack(track.reportId(), d.departmentId(), d.signOffDueAt(), d.dueAt(), false,
                    track.resolvedBy(), track.applied());
        } else if (event instanceof DispatchAccepted a) {
            scored = a.departmentId();
            counts.add(Count.SIGNED);
            if (track.signOffDueAt() == null || !a.at().isAfter(track.signOffDueAt())) {
                counts.add(Count.SIGNED_ON_TIME);
            }
        } else if (event instanceof DispatchReturned r) {
            scored = r.departmentId();
            counts.add(Count.RETURNS);
            next = new DepartmentTrack(track.reportId(), null, null, null, false, track.resolvedBy(), track.applied());
        } else if (event instanceof DeadlineExtended x) {
            next = new DepartmentTrack(track.reportId(), track.departmentId(), track.signOffDueAt(), x.newDueAt(),
                    track.resolvedThisDispatch(), track.resolvedBy(), track.applied());
        } else if (event instanceof ReportResolved r) {
            if (!track.resolvedThisDispatch()) {
                scored = r.departmentId();
                counts.add(Count.RESOLVED);
                if (track.dueAt() == null || !r.at().isAfter(track.dueAt())) {
                    counts.add(Count.RESOLVED_ON_TIME);
                }
            }
            next = new DepartmentTrack(track.reportId(), track.departmentId(), track.signOffDueAt(), track.dueAt(),
                    true, r.departmentId(), track.applied());
        } else if (event instanceof ReworkRequested && track.departmentId() != null) {
            scored = track.departmentId();
            counts.add(Count.REWORKS);
        } else if (event instanceof ReportRated r && track.resolvedBy() != null) {
            scored = track.resolvedBy();
            counts.add(Count.RATED);
            if (r.satisfaction() != Satisfaction.DISSATISFIED) {
                counts.add(Count.SATISFIED);
            }
        } else if (event instanceof SignOffOverdue o) {
            scored = o.departmentId();
            counts.add(Count.OVERDUE);
        } else if (event instanceof ResolutionOverdue o) {
            scored = o.departmentId();
            counts.add(Count.OVERDUE);
        } else if (event instanceof ReportEscalated e) {
            scored = e.departmentId();
            counts.add(Count.ESCALATIONS);
        } else if (event instanceof ReportReopened) {
            next = new DepartmentTrack(track.reportId(), null, null, null, false, track.resolvedBy(), track.applied());
        }
        List<Changed> changed = List.of();
        if (scored != null) {
            DepartmentTally tally = store.find(TALLIES, scored, DepartmentTally.class).orElse(DepartmentTally.empty(scored));
            if (!tally.applied().covers(position)) {
                store.save(TALLIES, scored, tally.add(position, counts));
                changed = List.of(new Changed(Scope.CITY.key(), Section.DEPARTMENTS));
            }
        }
        store.save(REPORTS, event.reportId(), new DepartmentTrack(next.reportId(), next.departmentId(),
                next.signOffDueAt(), next.dueAt(), next.resolvedThisDispatch(), next.resolvedBy(),
                track.applied().including(position)));
        return changed;
    }
}
