package org.gridsteward.report;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridsteward.events.report.Deadline;
import org.gridsteward.events.report.DeadlineApproaching;
import org.gridsteward.events.report.EscalationLevel;
import org.gridsteward.events.report.ReportDispatched;
import org.gridsteward.events.report.ReportEscalated;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ResolutionOverdue;
import org.gridsteward.events.report.SignOffOverdue;

/**
 * The warnings, overdue marks and escalations already recorded for a report's current assignment. They are keyed
 * by the deadline and its due instant, so a moved deadline starts clean and a repeated mark is recognised, which
 * is what makes each of them happen once however often the tracker asks.
 */
public record DeadlineMarks(Set<String> warnings, Set<String> overdue, Map<String, EscalationLevel> escalations) {

    public static final DeadlineMarks NONE = new DeadlineMarks(Set.of(), Set.of(), Map.of());

    public boolean warned(Deadline deadline, Instant dueAt, String threshold) {
        return warnings.contains(key(deadline, dueAt) + "#" + threshold);
    }

    public boolean overdue(Deadline deadline, Instant dueAt) {
        return overdue.contains(key(deadline, dueAt));
    }

    public Optional<EscalationLevel> escalation(Deadline deadline, Instant dueAt) {
        return Optional.ofNullable(escalations.get(key(deadline, dueAt)));
    }

    public DeadlineMarks apply(ReportEvent e) {
        if (e instanceof ReportDispatched) {
            return NONE;
        }
        if (e instanceof DeadlineApproaching a) {
            Set<String> next = new HashSet<>(warnings);
            next.add(key(a.deadline(), a.dueAt()) + "#" + a.threshold());
            return new DeadlineMarks(Set.copyOf(next), overdue, escalations);
        }
        if (e instanceof SignOffOverdue o) {
            return withOverdue(key(Deadline.SIGN_OFF, o.dueAt()));
        }
        if (e instanceof ResolutionOverdue o) {
            return withOverdue(key(Deadline.RESOLUTION, o.dueAt()));
        }
        if (e instanceof ReportEscalated x) {
            Map<String, EscalationLevel> next = new HashMap<>(escalations);
            next.put(key(x.deadline(), x.dueAt()), x.level());
            return new DeadlineMarks(warnings, overdue, Map.copyOf(next));
        }
        return this;
    }

    private DeadlineMarks withOverdue(String key) {
        Set<String> next = new HashSet<>(overdue);
        next.add(key);
        return new DeadlineMarks(warnings, Set.copyOf(next), escalations);
    }

    private static String key(Deadline deadline, Instant dueAt) {
        return deadline + "@" + dueAt;
    }
}
