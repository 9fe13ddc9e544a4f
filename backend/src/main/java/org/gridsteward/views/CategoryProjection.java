package org.gridsteward.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridsteward.events.report.ReportClassified;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ReportSubmitted;

/**
 * Reports per category per day of submission, per scope. A classification that corrects the category moves
 * the report from the old category's count to the new one on its submission day.
 */
public final class CategoryProjection implements Projection {
    public static final String NAME = "category-days";
    public static final String REPORTS = "view_category_reports";
    public static final String DAYS = "view_category_days";
    static final Family FAMILY = new Family(NAME, REPORTS, CategoryTrack.class, DAYS);

    public record CategoryTrack(String reportId, String gridId, String categoryId, String day, Position applied) {}

    private final ViewStore store;
    private final ScopeTree tree;

    public CategoryProjection(ViewStore store, ScopeTree tree) {
        this.store = store;
        this.tree = tree;
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    public List<Changed> on(ReportEvent event, Position position) {
        String from;
        CategoryTrack track;
        if (event instanceof ReportSubmitted s) {
            if (store.find(REPORTS, s.reportId(), CategoryTrack.class).isPresent()) {
                return List.of();
            }
            from = null;
            track = new CategoryTrack(s.reportId(), s.gridId(), s.categoryId(),
                    LocalDate.ofInstant(s.at(), Contribution.CITY_ZONE).toString(), Position.NONE);
        } else if (event instanceof ReportClassified c) {
            Optional<CategoryTrack> known = store.find(REPORTS, c.reportId(), CategoryTrack.class);
            if (known.isEmpty() || known.get().applied().covers(position)
                    || known.get().categoryId().equals(c.categoryId())) {
                return List.of();
            }
            from = known.get().categoryId();
            track = new CategoryTrack(c.reportId(), known.get().gridId(), c.categoryId(), known.get().day(),
                    known.get().applied());
        } else {
            return List.of();
        }
        List<Changed> changed = new ArrayList<>();
        for (String scope : tree.scopesOf(track.gridId())) {
            String key = CategoryDay.key(scope, track.day());
            CategoryDay day = store.find(DAYS, key, CategoryDay.class).orElse(CategoryDay.empty(scope, track.day()));
            if (!day.applied().covers(position)) {
                store.save(DAYS, key, day.moved(from, track.categoryId(), position));
                changed.add(new Changed(scope, Section.CATEGORIES));
            }
        }
        store.save(REPORTS, track.reportId(), new CategoryTrack(track.reportId(), track.gridId(), track.categoryId(),
                track.day(), track.applied().including(position)));
        return changed;
    }
}
