package org.gridsteward.views;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridsteward.events.EventType;
import org.gridsteward.events.report.EscalationLevel;
import org.gridsteward.events.report.ReportClassified;
import org.gridsteward.events.report.ReportEscalated;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ReportSubmitted;
import org.gridsteward.events.resident.ResidentErased;

/**
 * The latest events per scope, for the wall's ticker. Residents' details arrive here already masked
 * ({@link ReporterMasks}), and when a resident is erased their masked details are replaced by the erased marker.
 */
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

    /**
     * What the ticker remembers of a report: where it lies, what it is about, and the random id of the resident
     * who reported it (null when they left no details), so their entries can be found again if they are erased.
     */
    public record TickerTrack(String reportId, String gridId, String categoryId, String residentId, Position applied) {
        public TickerTrack(String reportId, String gridId, String categoryId, Position applied) {
            this(reportId, gridId, categoryId, null, applied);
        }
    }

    private final ViewStore store;
    private final ScopeTree tree;
    private final ReporterMasks masks;

    /** A ticker that shows no reporter's details at all. */
    public TickerProjection(ViewStore store, ScopeTree tree) {
        this(store, tree, ReporterMasks.HIDDEN);
    }

    public TickerProjection(ViewStore store, ScopeTree tree, ReporterMasks masks) {
        this.store = store;
        this.tree = tree;
        this.masks = masks;
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
            track = new TickerTrack(s.reportId(), s.gridId(), s.categoryId(),
                    s.reporter() == null ? null : s.reporter().residentId(), Position.NONE);
        } else if (known.isEmpty()) {
            return List.of();
        } else {
            track = known.get();
        }
        String categoryId = event instanceof ReportClassified c ? c.categoryId() : track.categoryId();
        TickerEntry entry = entry(event, track.gridId(), categoryId, masks);
        List<Changed> changed = new ArrayList<>();
        for (String scope : tree.scopesOf(track.gridId())) {
            Ticker ticker = store.find(TICKERS, scope, Ticker.class).orElse(Ticker.empty(scope));
            if (!ticker.applied().covers(position)) {
                store.save(TICKERS, scope, ticker.with(entry, position));
                changed.add(new Changed(scope, Section.TICKER));
            }
        }
        store.save(REPORTS, event.reportId(),
                new TickerTrack(track.reportId(), track.gridId(), categoryId, track.residentId(), track.applied().including(position)));
        return changed;
    }

    /**
     * Replaces the erased resident's masked details with the erased marker on every ticker that shows them. Rare,
     * so it looks at every scope's ticker rather than keeping an index of residents.
     */
    @Override
    public List<Changed> on(ResidentErased erased, Position position) {
        Map<String, Ticker> tickers = new java.util.LinkedHashMap<>();
        Set<String> shown = new HashSet<>();
        for (String scope : tree.allScopes()) {
            store.find(TICKERS, scope, Ticker.class).ifPresent(ticker -> {
                tickers.put(scope, ticker);
                ticker.entries().stream().filter(TickerProjection::showsReporter).forEach(e -> shown.add(e.reportId()));
            });
        }
        Set<String> theirs = new HashSet<>();
        for (TickerTrack track : store.findAll(REPORTS, shown, TickerTrack.class)) {
            if (erased.residentId().equals(track.residentId())) {
                theirs.add(track.reportId());
            }
        }
        List<Changed> changed = new ArrayList<>();
        tickers.forEach((scope, ticker) -> {
            if (ticker.applied().covers(position)) {
                return;
            }
            Ticker after = ticker.erasing(theirs, position);
            if (!after.entries().equals(ticker.entries())) {
                store.save(TICKERS, scope, after);
                changed.add(new Changed(scope, Section.TICKER));
            }
        });
        return changed;
    }

    private static boolean showsReporter(TickerEntry entry) {
        return (entry.reporterName() != null && !Masking.ERASED.equals(entry.reporterName()))
                || (entry.reporterPhone() != null && !Masking.ERASED.equals(entry.reporterPhone()));
    }

    static TickerEntry entry(ReportEvent event, String gridId, String categoryId) {
        return entry(event, gridId, categoryId, ReporterMasks.HIDDEN);
    }

    static TickerEntry entry(ReportEvent event, String gridId, String categoryId, ReporterMasks masks) {
        String type = event.getClass().getAnnotation(EventType.class).name();
        String[] label = event instanceof ReportEscalated e
                ? ESCALATIONS.get(e.level())
                : LABELS.getOrDefault(type, new String[] {type, type});
        String name = null;
        String phone = null;
        if (event instanceof ReportSubmitted s && s.reporter() != null) {
            ReporterMasks.Masked masked = masks.mask(s.reporter());
            name = masked.name();
            phone = masked.phone();
        }
        return new TickerEntry(type, label[0], label[1], event.reportId(), gridId, categoryId, event.at(), name, phone);
    }
}
