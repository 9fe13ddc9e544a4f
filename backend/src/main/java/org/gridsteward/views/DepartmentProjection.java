package org.gridsteward.views;

import java.util.List;
import java.util.Optional;
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
        long[] counts = new long[11];
        if (event instanceof ReportDispatched d) {
            scored = d.departmentId();
            counts[0] = 1;
            next = new DepartmentTrack(track.reportId(), d.departmentId(), d.signOffDueAt(), d.dueAt(), false,
                    track.resolvedBy(), track.applied());
        } else if (event instanceof DispatchAccepted a) {
            scored = a.departmentId();
            counts[1] = 1;
            counts[2] = track.signOffDueAt() == null || !a.at().isAfter(track.signOffDueAt()) ? 1 : 0;
        } else if (event instanceof DispatchReturned r) {
            scored = r.departmentId();
            counts[7] = 1;
            next = new DepartmentTrack(track.reportId(), null, null, null, false, track.resolvedBy(), track.applied());
        } else if (event instanceof DeadlineExtended x) {
            next = new DepartmentTrack(track.reportId(), track.departmentId(), track.signOffDueAt(), x.newDueAt(),
                    track.resolvedThisDispatch(), track.resolvedBy(), track.applied());
        } else if (event instanceof ReportResolved r) {
            if (!track.resolvedThisDispatch()) {
                scored = r.departmentId();
                counts[3] = 1;
                counts[4] = track.dueAt() == null || !r.at().isAfter(track.dueAt()) ? 1 : 0;
            }
            next = new DepartmentTrack(track.reportId(), track.departmentId(), track.signOffDueAt(), track.dueAt(),
                    true, r.departmentId(), track.applied());
        } else if (event instanceof ReworkRequested && track.departmentId() != null) {
            scored = track.departmentId();
            counts[8] = 1;
        } else if (event instanceof ReportRated r && track.resolvedBy() != null) {
            scored = track.resolvedBy();
            counts[5] = 1;
            counts[6] = r.satisfaction() == Satisfaction.DISSATISFIED ? 0 : 1;
        } else if (event instanceof SignOffOverdue o) {
            scored = o.departmentId();
            counts[9] = 1;
        } else if (event instanceof ResolutionOverdue o) {
            scored = o.departmentId();
            counts[9] = 1;
        } else if (event instanceof ReportEscalated e) {
            scored = e.departmentId();
            counts[10] = 1;
        } else if (event instanceof ReportReopened) {
            next = new DepartmentTrack(track.reportId(), null, null, null, false, track.resolvedBy(), track.applied());
        }
        List<Changed> changed = List.of();
        if (scored != null) {
            DepartmentTally tally = store.find(TALLIES, scored, DepartmentTally.class).orElse(DepartmentTally.empty(scored));
            if (!tally.applied().covers(position)) {
                store.save(TALLIES, scored, tally.add(position, counts[0], counts[1], counts[2], counts[3], counts[4],
                        counts[5], counts[6], counts[7], counts[8], counts[9], counts[10]));
                changed = List.of(new Changed(Scope.CITY.key(), Section.DEPARTMENTS));
            }
        }
        store.save(REPORTS, event.reportId(), new DepartmentTrack(next.reportId(), next.departmentId(),
                next.signOffDueAt(), next.dueAt(), next.resolvedThisDispatch(), next.resolvedBy(),
                track.applied().including(position)));
        return changed;
    }
}
