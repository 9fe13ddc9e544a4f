package org.gridsteward.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.gridsteward.audit.AccessLog;
import org.gridsteward.events.Actor;
import org.gridsteward.events.report.Reporter;
import org.gridsteward.views.Masking;

/**
 * Shows a reporter to someone reading their report: in clear to a caller the access rules allow, and then
 * recorded in the access log (who, and which resident through which report); masked to everyone else; marked
 * erased once the resident is gone.
 */
@ApplicationScoped
public class ReporterDisclosure {
    /** The access log's action for one reading of a resident's details in clear. */
    public static final String READ_IN_CLEAR = "READ_RESIDENT_IN_CLEAR";

    private final Residents residents;
    private final AccessLog accessLog;
    private final Clock clock;

    public ReporterDisclosure(Residents residents, AccessLog accessLog, Clock clock) {
        this.residents = residents;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Null when the report has no reporter. */
    public ShownReporter show(Reporter reporter, boolean inClear, Actor reader, String reportId) {
        if (reporter == null) {
            return null;
        }
        Residents.Revealed revealed = residents.reveal(reporter);
        if (revealed.erased()) {
            return new ShownReporter(reporter.residentId(), reporter.encryptedName() == null ? null : Masking.ERASED,
                    reporter.encryptedPhone() == null ? null : Masking.ERASED, ShownReporter.Shown.ERASED);
        }
        if (!inClear) {
            return new ShownReporter(reporter.residentId(), Masking.name(revealed.name()), Masking.phone(revealed.phone()),
                    ShownReporter.Shown.MASKED);
        }
        // Recorded before the details leave: a reading that cannot be recorded does not happen.
        accessLog.append(clock.instant(), reader.id(), reader.role().name(), READ_IN_CLEAR, "GET",
                "/api/reports/" + reportId + "#resident=" + reporter.residentId(), 200);
        return new ShownReporter(reporter.residentId(), revealed.name(), revealed.phone(), ShownReporter.Shown.CLEAR);
    }
}
