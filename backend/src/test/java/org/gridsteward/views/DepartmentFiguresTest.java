package org.gridsteward.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsteward.views.ViewFixture.GRID;
import static org.gridsteward.views.ViewFixture.HOUSING;
import static org.gridsteward.views.ViewFixture.SANITATION;
import static org.gridsteward.views.ViewFixture.accepted;
import static org.gridsteward.views.ViewFixture.dispatched;
import static org.gridsteward.views.ViewFixture.escalated;
import static org.gridsteward.views.ViewFixture.hoursAgo;
import static org.gridsteward.views.ViewFixture.rated;
import static org.gridsteward.views.ViewFixture.resolutionOverdue;
import static org.gridsteward.views.ViewFixture.resolved;
import static org.gridsteward.views.ViewFixture.returned;
import static org.gridsteward.views.ViewFixture.rework;
import static org.gridsteward.views.ViewFixture.submitted;

import org.gridsteward.events.report.EscalationLevel;
import org.gridsteward.events.report.Satisfaction;
import org.junit.jupiter.api.Test;

class DepartmentFiguresTest {
    private final ViewFixture f = new ViewFixture();

    private DepartmentFigures department(String id) {
        return f.view("city").departments().stream().filter(d -> d.departmentId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theResponseRateCountsSignOffsWithinTheSignOffDeadline() {
        f.feed(submitted("r1", GRID, hoursAgo(10)), dispatched("r1", HOUSING, hoursAgo(9), hoursAgo(8), hoursAgo(1)),
                accepted("r1", HOUSING, hoursAgo(8.5)),
                submitted("r2", GRID, hoursAgo(10)), dispatched("r2", HOUSING, hoursAgo(9), hoursAgo(8), hoursAgo(1)),
                accepted("r2", HOUSING, hoursAgo(7)));

        assertThat(department(HOUSING).received()).isEqualTo(2);
        assertThat(department(HOUSING).signedOnTime()).isEqualTo(1);
        assertThat(department(HOUSING).responseRate()).isEqualTo(0.5);
    }

    @Test
    void aResolutionCountsOncePerDispatchAndOnTimeAgainstTheDueTime() {
        f.feed(submitted("r1", GRID, hoursAgo(10)), dispatched("r1", HOUSING, hoursAgo(9), hoursAgo(8), hoursAgo(3)),
                accepted("r1", HOUSING, hoursAgo(8.5)), resolved("r1", HOUSING, hoursAgo(4)), rework("r1", hoursAgo(3.5)),
                resolved("r1", HOUSING, hoursAgo(2)));

        DepartmentFigures housing = department(HOUSING);
        assertThat(housing.resolved()).isEqualTo(1);
        assertThat(housing.resolvedOnTime()).isEqualTo(1);
        assertThat(housing.reworks()).isEqualTo(1);
        assertThat(housing.resolutionRate()).isEqualTo(1.0);
    }

    @Test
    void aReturnCountsAgainstTheDepartmentThatReturnedIt() {
        f.feed(submitted("r1", GRID, hoursAgo(10)), dispatched("r1", SANITATION, hoursAgo(9), hoursAgo(8), hoursAgo(1)),
                returned("r1", SANITATION, hoursAgo(8.5)),
                dispatched("r1", HOUSING, hoursAgo(8), hoursAgo(7), hoursAgo(1)));

        assertThat(department(SANITATION).returns()).isEqualTo(1);
        assertThat(department(HOUSING).returns()).isZero();
        assertThat(department(HOUSING).received()).isEqualTo(1);
    }

    @Test
    void aRatingScoresTheDepartmentThatResolved() {
        f.feed(submitted("r1", GRID, hoursAgo(10)), dispatched("r1", HOUSING, hoursAgo(9), hoursAgo(8), hoursAgo(1)),
                resolved("r1", HOUSING, hoursAgo(4)), rated("r1", Satisfaction.SATISFIED, hoursAgo(3)),
                submitted("r2", GRID, hoursAgo(10)), dispatched("r2", HOUSING, hoursAgo(9), hoursAgo(8), hoursAgo(1)),
                resolved("r2", HOUSING, hoursAgo(4)), rated("r2", Satisfaction.DISSATISFIED, hoursAgo(3)));

        assertThat(department(HOUSING).satisfactionRate()).isEqualTo(0.5);
        assertThat(department(SANITATION).satisfactionRate()).isNull();
    }

    @Test
    void overdueMarksAndEachEscalationLevelCountAgainstTheDepartmentThatHeldTheReport() {
        f.feed(submitted("r1", GRID, hoursAgo(30)), dispatched("r1", HOUSING, hoursAgo(29), hoursAgo(28), hoursAgo(26)),
                accepted("r1", HOUSING, hoursAgo(28.5)), resolutionOverdue("r1", HOUSING, hoursAgo(26)),
                escalated("r1", HOUSING, hoursAgo(26), EscalationLevel.COMMUNITY, hoursAgo(25)),
                escalated("r1", HOUSING, hoursAgo(26), EscalationLevel.STREET, hoursAgo(2)));

        assertThat(department(HOUSING).overdue()).isEqualTo(1);
        assertThat(department(HOUSING).escalations()).isEqualTo(2);
        assertThat(department(SANITATION).escalations()).isZero();
    }

    @Test
    void departmentsAreShownOnTheCityViewOnly() {
        assertThat(f.view("city").departments()).hasSize(ViewFixture.CITY.departments().size());
        assertThat(f.view("grid:" + GRID).departments()).isEmpty();
    }
}
