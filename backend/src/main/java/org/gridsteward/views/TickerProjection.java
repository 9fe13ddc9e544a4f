package org.gridsteward.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridsteward.events.EventType;
import org.gridsteward.events.report.EscalationLevel;
import org.gridsteward.events.report.ReportClassified;
import org.gridsteward.events.report.ReportEscalated;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ReportSubmitted;

/** The latest events per scope, for the wall's ticker. Residents' details are masked here, before storing. */
public final class TickerProjection implements Projection {
    public static final String NAME = "ticker";
    public static final String REPORTS = "view_ticker_reports";
    public static final String TICKERS = "view_tickers";
    static final Family FAMILY = new Family(NAME, REPORTS, TickerTrack.class, TICKERS);

    private static final Map<String, String[]> LABELS = Map.ofEntries(
            Map.entry("ReportSubmitted", new String[] {"新上报", "Reported"}),
            Map.entry("ReportClassified", new String[] {"已分类", "Classified"}),
            Map.entry("ReportRejected", new String[] {"不予受理", "Rejected"}),
            Map.entry("ReportDispatched", new String[] {"已派遣", "Dispatched"}),
            Map.entry("DispatchAccepted", new String[] {"已签收", "Signed off"}),
            Map.entry("DispatchReturned", new String[] {"已退回", "Returned"}),
            Map.entry("DeadlineExtended", new String[] {"已延期", "Deadline extended"}),
            Map.entry("ProgressNoted", new String[] {"处置进展", "Progress"}),
            Map.entry("ReportResolved", new String[] {"已办结", "Resolved"}),
            Map.entry("ResolutionVerified", new String[] {"核查通过", "Verified"}),
            Map.entry("ReworkRequested", new String[] {"返工", "Rework"}),
            Map.entry("ReportRated", new String[] {"已评价", "Rated"}),
            Map.entry("ReportReopened", new String[] {"重新办理", "Reopened"}),
            Map.entry("ReportClosed", new String[] {"已关闭", "Closed"}),
            Map.entry("DeadlineApproaching", new String[] {"临期预警", "Deadline approaching"}),
            Map.entry("SignOffOverdue", new String[] {"签收超期", "Sign-off overdue"}),
            Map.entry("ResolutionOverdue", new String[] {"办结超期", "Resolution overdue"}));

    private static final Map<EscalationLevel, String[]> ESCALATIONS = Map.of(
            EscalationLevel.COMMUNITY, new String[] {"社区督办", "Escalated to the community"},
            EscalationLevel.STREET, new String[] {"街道督办", "Escalated to the street"},
            EscalationLevel.CITY, new String[] {"市级督办", "Escalated to the city"});

    /** What the ticker remembers of a report: where it lies and what it is about. */
    public record TickerTrack(String reportId, String gridId, String categoryId, Position applied) {}

    private final ViewStore store;
    private final ScopeTree tree;

    public TickerProjection(ViewStore store, ScopeTree tree) {
        this.store = store;
        this.tree = tree;
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    public List<Changed> on(ReportEvent event, Position position) {
        Optional<TickerTrack> known = store.find(REPORTS, event.reportId(), TickerTrack.class);
        if (known.isPresent() && known.get().applied().covers(position)) {
            return List.of();
        }
        TickerTrack track;
        if (event instanceof ReportSubmitted s) {
            track = new TickerTrack(s.reportId(), s.gridId(), s.categoryId(), Position.NONE);
        } else if (known.isEmpty()) {
            return List.of();
        } else {
            track = known.get();
        }
        String categoryId = event instanceof ReportClassified c ? c.categoryId() : track.categoryId();
        TickerEntry entry = entry(event, track.gridId(), categoryId);
        List<Changed> changed = new ArrayList<>();
        for (String scope : tree.scopesOf(track.gridId())) {
            Ticker ticker = store.find(TICKERS, scope, Ticker.class).orElse(Ticker.empty(scope));
            if (!ticker.applied().covers(position)) {
                store.save(TICKERS, scope, ticker.with(entry, position));
                changed.add(new Changed(scope, Section.TICKER));
            }
        }
        store.save(REPORTS, event.reportId(),
                new TickerTrack(track.reportId(), track.gridId(), categoryId, track.applied().including(position)));
        return changed;
    }

    static TickerEntry entry(ReportEvent event, String gridId, String categoryId) {
        String type = event.getClass().getAnnotation(EventType.class).name();
        String[] label = event instanceof ReportEscalated e
                ? ESCALATIONS.get(e.level())
                : LABELS.getOrDefault(type, new String[] {type, type});
        String name = null;
        String phone = null;
        if (event instanceof ReportSubmitted s && s.reporter() != null) {
            name = Masking.name(s.reporter().name());
            phone = Masking.phone(s.reporter().phone());
        }
        return new TickerEntry(type, label[0], label[1], event.reportId(), gridId, categoryId, event.at(), name, phone);
    }
}
