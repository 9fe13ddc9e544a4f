package org.gridsteward.deadline;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gridsteward.events.report.EscalationLevel;

/**
 * The tracker's rules: the warnings before each deadline and, once it has passed, how long after the due instant
 * each level of supervision (督办) takes over, in calendar time.
 */
public record DeadlineSettings(List<WarningThreshold> warnings, Map<EscalationLevel, Duration> escalationAfter) {

    public DeadlineSettings {
        warnings = List.copyOf(warnings);
        escalationAfter = Map.copyOf(new EnumMap<>(escalationAfter));
        Duration previous = Duration.ZERO;
        for (EscalationLevel level : EscalationLevel.values()) {
            Duration after = escalationAfter.get(level);
            if (after == null || after.compareTo(previous) < 0) {
                throw new IllegalArgumentException(
                        "escalation delays must be given for every level and not decrease: " + escalationAfter);
            }
            previous = after;
        }
    }

    public Duration escalationAfter(EscalationLevel level) {
        return escalationAfter.get(level);
    }
}
