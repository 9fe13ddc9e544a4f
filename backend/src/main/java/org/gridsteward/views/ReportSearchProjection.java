package org.gridsteward.views;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ReportSubmitted;

/**
 * The operators' lists of reports: a {@link ReportSummary} per report, and the {@link ReportLists} it is in
 * (every place it lies in and every department that has held it; the open lists while it is open). An event
 * moves a report between lists by the difference of its memberships before and after.
 *
 * <p>Summaries and lists are written by one flush but in two collections, so a batch can be cut off after one
 * and before the other. Its events then come again; one the summary has already taken in is not applied twice,
 * but the lists are made to agree with the summary, which they can be at no other cost: adding and removing are
 * idempotent.
 */
public final class ReportSearchProjection implements Projection {
    public static final String NAME = "report-search";
    public static final String SUMMARIES = "view_search_reports";
    public static final String LISTS = "view_search_lists";
    static final Family FAMILY = new Family(NAME, SUMMARIES, ReportSummary.class, LISTS);

    private final ViewStore store;
    private final ScopeTree tree;
    private final ReportLists lists;

    public ReportSearchProjection(ViewStore store, ScopeTree tree) {
        this.store = store;
        this.tree = tree;
        this.lists = new ReportLists(store, LISTS);
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    public List<Changed> on(ReportEvent event, Position position) {
        Optional<ReportSummary> known = store.find(SUMMARIES, event.reportId(), ReportSummary.class);
        if (known.isPresent() && known.get().applied().covers(position)) {
            memberships(known.get()).forEach(list -> lists.add(list, known.get().entry()));
            if (!known.get().open()) {
                openLists(known.get()).forEach(list -> lists.remove(list, known.get().entry()));
            }
            return List.of();
        }
        ReportSummary after;
        if (event instanceof ReportSubmitted submitted) {
            after = ReportSummary.submitted(submitted, Position.NONE.including(position));
        } else if (known.isPresent()) {
            after = known.get().apply(event, position);
        } else {
            return List.of();
        }
        Set<String> before = known.map(this::memberships).orElse(Set.of());
        Set<String> now = memberships(after);
        for (String list : before) {
            if (!now.contains(list)) {
                lists.remove(list, after.entry());
            }
        }
        for (String list : now) {
            if (!before.contains(list)) {
                lists.add(list, after.entry());
            }
        }
        store.save(SUMMARIES, after.reportId(), after);
        return List.of();
    }

    private Set<String> memberships(ReportSummary summary) {
        Set<String> lists = new LinkedHashSet<>();
        for (String key : keys(summary)) {
            lists.add(ReportLists.list(ReportLists.ALL, key));
            if (summary.open()) {
                lists.add(ReportLists.list(ReportLists.OPEN, key));
            }
        }
        return lists;
    }

    private Set<String> openLists(ReportSummary summary) {
        Set<String> lists = new LinkedHashSet<>();
        keys(summary).forEach(key -> lists.add(ReportLists.list(ReportLists.OPEN, key)));
        return lists;
    }

    private Set<String> keys(ReportSummary summary) {
        Set<String> keys = new LinkedHashSet<>(tree.scopesOf(summary.state().gridId()));
        summary.departmentsHeld().forEach(d -> keys.add(ReportLists.department(d)));
        return keys;
    }
}
