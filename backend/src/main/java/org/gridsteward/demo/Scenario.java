package org.gridsteward.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.gridsteward.events.Actor;
import org.gridsteward.events.Role;
import org.gridsteward.events.report.Channel;
import org.gridsteward.events.report.EscalationLevel;
import org.gridsteward.events.report.Priority;
import org.gridsteward.events.report.Satisfaction;
import org.gridsteward.org.Building;
import org.gridsteward.org.Category;
import org.gridsteward.org.CityOrganisation;
import org.gridsteward.org.Department;
import org.gridsteward.org.Grid;
import org.gridsteward.org.Street;

/**
 * What happens next in the simulated city, decided in plain Java: where and what residents report (a few hot
 * grids, parking, fees, EV charging and garbage most of all), each report's fate ({@link Plan}, drawn from its id)
 * and, from the report as the log leaves it, its next step and when. Paces are those of a compressed day, in
 * seconds to minutes, multiplied by {@code pace}. The same seed, report and history always give the same step,
 * so a restarted simulator carries on where it stopped.
 */
public final class Scenario {
    /** How much more often residents report each category than an unlisted one (weight 2). */
    private static final Map<String, Integer> CATEGORY_WEIGHTS = Map.ofEntries(
            Map.entry("parking", 18), Map.entry("garbage", 15), Map.entry("fees", 14), Map.entry("ev-charging", 13),
            Map.entry("property-service", 8), Map.entry("stairwell-clutter", 7), Map.entry("noise", 6),
            Map.entry("fire-lane", 5), Map.entry("street-light", 4), Map.entry("water-heating", 4),
            Map.entry("street-vending", 3), Map.entry("greenery", 2), Map.entry("illegal-construction", 2));
    private static final List<String> URGENT_CATEGORIES = List.of("fire-lane", "ev-charging", "water-heating");
    private static final int HOT_GRIDS = 4;
    private static final int WARM_GRIDS = 8;

    private final CityOrganisation city;
    private final long seed;
    private final double pace;
    private final List<Grid> gridDraw = new ArrayList<>();
    private final List<Category> categoryDraw = new ArrayList<>();

    /**
     * @param seed the city's character: which grids are hot, and every report's fate
     * @param pace multiplies every delay; 1 is the demo's compressed day, below 1 faster still
     */
    public Scenario(CityOrganisation city, long seed, double pace) {
        if (!(pace > 0)) {
            throw new IllegalArgumentException("pace must be above 0, not " + pace);
        }
        this.city = city;
        this.seed = seed;
        this.pace = pace;
        List<Grid> grids = new ArrayList<>(city.grids());
        Collections.shuffle(grids, new Random(seed));
        for (int i = 0; i < grids.size(); i++) {
            int weight = i < HOT_GRIDS ? 8 : i < HOT_GRIDS + WARM_GRIDS ? 3 : 1;
            for (int w = 0; w < weight; w++) {
                gridDraw.add(grids.get(i));
            }
        }
        for (Category category : city.categories()) {
            for (int w = 0, n = CATEGORY_WEIGHTS.getOrDefault(category.id(), 2); w < n; w++) {
                categoryDraw.add(category);
            }
        }
    }

    /** The grids that report most, hottest first. */
    public List<String> hotGrids() {
        return gridDraw.stream().map(Grid::id).distinct().limit(HOT_GRIDS).toList();
    }

    /** Time to the next new report of a Poisson stream of {@code perMinute} reports a minute. */
    public Duration untilNextReport(Random random, double perMinute) {
        double seconds = -Math.log(1 - random.nextDouble()) * 60 / perMinute;
        return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    }

    /** A new report: where, what, through which channel, and who reported it (null name and phone: anonymous). */
    public NewReport newReport(Random random) {
        Grid grid = CityVoices.pick(gridDraw, random);
        Category category = CityVoices.pick(categoryDraw, random);
        Building building = !grid.buildings().isEmpty() && random.nextInt(10) < 7
                ? CityVoices.pick(grid.buildings(), random) : null;
        String place = building != null ? building.name().zh() : grid.name().zh();
        String description = CityVoices.description(category.id(), place, random);
        int channel = random.nextInt(100);
        Channel through = channel < 60 ? Channel.RESIDENT_APP : channel < 85 ? Channel.GRID_WORKER_APP : Channel.HOTLINE;
        String phone = through == Channel.GRID_WORKER_APP && random.nextBoolean() || random.nextInt(10) == 0
                ? null : CityVoices.phone(random);
        return new NewReport(grid.id(), building == null ? null : building.id(), category.id(), description, through,
                phone == null ? null : CityVoices.nameFor(phone), phone);
    }

    /** Who sends a new report: the resident through the app, the grid's worker, or a dispatcher taking a call. */
    public Actor submitter(NewReport report, String reportId) {
        return switch (report.channel()) {
            case RESIDENT_APP -> resident(reportId);
            case GRID_WORKER_APP -> gridWorker(report.gridId());
            default -> dispatcher(report.gridId());
        };
    }

    /** The report's fate, the same every time it is asked for. */
    public Plan plan(String reportId, String categoryId) {
        Random random = new Random(mix(seed, reportId, 0));
        Category category = city.category(categoryId).orElse(null);
        Priority priority = random.nextInt(100) < (URGENT_CATEGORIES.contains(categoryId) ? 30 : 6)
                ? Priority.URGENT : Priority.NORMAL;
        boolean rejected = random.nextInt(100) < 7;
        String wrong = null;
        if (random.nextInt(100) < 8 && category != null && city.departments().size() > 1) {
            List<Department> others = city.departments().stream()
                    .filter(d -> !d.id().equals(category.defaultDepartmentId())).toList();
            wrong = CityVoices.pick(others, random).id();
        }
        boolean extended = random.nextInt(100) < 6;
        Plan.Lateness lateness = Plan.Lateness.NONE;
        if (random.nextInt(100) < 18) {
            int kind = random.nextInt(10);
            lateness = kind < 3 ? Plan.Lateness.SIGN_OFF_LATE : kind < 6 ? Plan.Lateness.RESOLUTION_LATE
                    : kind < 8 ? Plan.Lateness.RESCUED_BY_EXTENSION : Plan.Lateness.LEFT_OVERDUE;
        }
        boolean supervised = lateness == Plan.Lateness.LEFT_OVERDUE && random.nextBoolean();
        int notes = random.nextInt(3);
        boolean rework = random.nextInt(100) < 6;
        int rating = random.nextInt(100);
        Satisfaction satisfaction = rating < 82 ? Satisfaction.SATISFIED
                : rating < 94 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.DISSATISFIED;
        boolean unrated = random.nextInt(100) < 5;
        return new Plan(priority, rejected, wrong, extended, lateness, supervised, notes, rework, satisfaction, unrated);
    }

    /** The report's next step and when it is due; empty once it is closed. */
    public Optional<Step> next(SimulatedReport report) {
        var state = report.state();
        Plan plan = plan(report.reportId(), state.categoryId());
        Random random = new Random(mix(seed, report.reportId(), 1 + state.status().ordinal() * 7919
                + state.returns() * 31 + state.extensions() * 37 + state.reworks() * 41 + state.reopenings() * 43
                + report.notes() * 47 + (report.supervised() ? 53 : 0)));
        Instant since = report.statusSince();
        String gridId = state.gridId();
        Category category = city.category(state.categoryId()).orElseThrow();
        return Optional.ofNullable(switch (state.status()) {
            case SUBMITTED -> plan.rejected()
                    ? step(since, random, 15, 60, new Move.Reject(CityVoices.pick(CityVoices.REJECT_REASONS, random)), dispatcher(gridId))
                    : step(since, random, 15, 60, new Move.Classify(category.id(), plan.priority()), dispatcher(gridId));
            case CLASSIFIED, REOPENED -> step(since, random, 10, 45, dispatch(plan, report, category, random), dispatcher(gridId));
            case DISPATCHED -> dispatched(plan, report, random);
            case ACCEPTED -> accepted(plan, report, random);
            case RESOLVED -> {
                boolean passed = !(plan.rework() && state.reworks() == 0);
                yield step(since, random, 20, 60, new Move.Verify(passed, CityVoices.pick(
                        passed ? CityVoices.VERIFY_NOTES : CityVoices.REWORK_REASONS, random)), gridWorker(gridId));
            }
            case VERIFIED -> plan.unrated()
                    ? step(since, random, 120, 180, new Move.Close(), dispatcher(gridId))
                    : step(since, random, 20, 90, rate(plan, report, random), resident(report.reportId()));
            case RATED, REJECTED -> step(since, random, 10, 40, new Move.Close(), dispatcher(gridId));
            case CLOSED -> null;
        });
    }

    private Move dispatch(Plan plan, SimulatedReport report, Category category, Random random) {
        var state = report.state();
        String instructions = random.nextInt(3) == 0 ? CityVoices.pick(CityVoices.INSTRUCTIONS, random) : null;
        if (plan.misrouted() && state.returns() == 0 && state.reopenings() == 0) {
            return new Move.Dispatch(plan.wrongDepartmentId(), null, null, instructions);
        }
        String department = category.defaultDepartmentId();
        Optional<String> office = streetOffice(state.gridId());
        if (office.isPresent() && random.nextInt(100) < 8) {
            department = office.get();
        }
        boolean firstRightDispatch = state.reopenings() == 0 && state.returns() == (plan.misrouted() ? 1 : 0);
        if (plan.lateness() == Plan.Lateness.NONE || !firstRightDispatch) {
            return new Move.Dispatch(department, null, null, instructions);
        }
        // Due times only minutes ahead, so a wall's deadline board counts them down through amber to red.
        Duration signOff = seconds(random, 90, 180);
        return new Move.Dispatch(department, signOff, signOff.plus(seconds(random, 150, 300)), instructions);
    }

    private Step dispatched(Plan plan, SimulatedReport report, Random random) {
        var state = report.state();
        Instant since = report.statusSince();
        String department = state.departmentId();
        if (plan.misrouted() && state.returns() == 0 && department.equals(plan.wrongDepartmentId())) {
            return step(since, random, 30, 90, new Move.Return(department, CityVoices.pick(CityVoices.RETURN_REASONS, random)), handler(department));
        }
        boolean tight = isTight(plan, report);
        if (tight && plan.lateness() == Plan.Lateness.LEFT_OVERDUE) {
            if (plan.supervised() && !report.supervised()) {
                return step(state.signOffDueAt(), random, 30, 90, new Move.Supervise(EscalationLevel.STREET), supervisor(state.gridId()));
            }
            // Long enough unsigned for the deadline tracker to escalate it (grid.deadline.escalation.community-after).
            return step(state.signOffDueAt(), random, 75 * 60, 95 * 60, new Move.Accept(department), handler(department));
        }
        if (tight && plan.lateness() == Plan.Lateness.SIGN_OFF_LATE) {
            return step(state.signOffDueAt(), random, 20, 60, new Move.Accept(department), handler(department));
        }
        if (tight) {
            return step(since, random, 15, Math.min(60, untilSeconds(since, state.signOffDueAt()) * 0.8), new Move.Accept(department), handler(department));
        }
        return step(since, random, 20, 90, new Move.Accept(department), handler(department));
    }

    private Step accepted(Plan plan, SimulatedReport report, Random random) {
        var state = report.state();
        Instant since = report.statusSince();
        String department = state.departmentId();
        Actor handler = handler(department);
        if (report.notes() < plan.progressNotes()) {
            return step(since.plus(seconds(random, 30, 60).multipliedBy(report.notes())), random, 20, 50,
                    new Move.Progress(CityVoices.pick(CityVoices.PROGRESS_NOTES, random)), handler);
        }
        String resolution = CityVoices.pick(CityVoices.RESOLUTIONS, random);
        boolean tight = isTight(plan, report);
        if (tight && plan.lateness() == Plan.Lateness.RESCUED_BY_EXTENSION) {
            if (state.extensions() == 0) {
                Instant before = state.dueAt().minus(seconds(random, 15, 30));
                return step(before.isAfter(since) ? before : since, random, 0, 5,
                        new Move.Extend(seconds(random, 600, 1200), CityVoices.pick(CityVoices.EXTEND_REASONS, random)), dispatcher(state.gridId()));
            }
            return step(since, random, 120, 300, new Move.Resolve(department, resolution), handler);
        }
        if (tight && plan.lateness() == Plan.Lateness.RESOLUTION_LATE) {
            return step(state.dueAt(), random, 40, 120, new Move.Resolve(department, resolution), handler);
        }
        if (tight) {
            Instant latest = state.dueAt().minus(seconds(random, 10, 30));
            Instant planned = since.plus(seconds(random, 30, 90));
            return new Step(planned.isBefore(latest) ? planned : latest.isAfter(since) ? latest : since,
                    new Move.Resolve(department, resolution), handler);
        }
        if (plan.extended() && state.extensions() == 0) {
            return step(since, random, 30, 60, new Move.Extend(Duration.ofHours(24 + random.nextInt(49)),
                    CityVoices.pick(CityVoices.EXTEND_REASONS, random)), dispatcher(state.gridId()));
        }
        return step(since, random, 60, 240, new Move.Resolve(department, resolution), handler);
    }

    private Move rate(Plan plan, SimulatedReport report, Random random) {
        Satisfaction satisfaction = report.state().reopenings() == 0 ? plan.rating()
                : random.nextInt(10) < 7 ? Satisfaction.SATISFIED : Satisfaction.BASICALLY_SATISFIED;
        List<String> comments = switch (satisfaction) {
            case SATISFIED -> CityVoices.SATISFIED_COMMENTS;
            case BASICALLY_SATISFIED -> CityVoices.BASIC_COMMENTS;
            case DISSATISFIED -> CityVoices.DISSATISFIED_COMMENTS;
        };
        return new Move.Rate(satisfaction, random.nextBoolean() ? CityVoices.pick(comments, random) : null);
    }

    /** Whether the current assignment is the one the plan held to due times minutes ahead (see {@link #dispatch}). */
    private static boolean isTight(Plan plan, SimulatedReport report) {
        var state = report.state();
        return plan.lateness() != Plan.Lateness.NONE && state.signOffDueAt() != null && state.reopenings() == 0
                && state.returns() == (plan.misrouted() ? 1 : 0);
    }

    // ---------------------------------------------------------------- who acts

    /** The resident who holds the report's receipt, as the receipt names them on events. */
    static Actor resident(String reportId) {
        return new Actor("receipt:" + reportId, Role.RESIDENT);
    }

    Actor gridWorker(String gridId) {
        return new Actor(gridId.equals("g-01-01") || gridId.equals("g-01-02") ? "demo-grid-worker" : "gw-" + gridId, Role.GRID_WORKER);
    }

    Actor dispatcher(String gridId) {
        String street = city.streetOf(gridId).map(Street::id).orElse("st-city");
        return new Actor(street.equals("st-dongcheng") ? "demo-dispatcher" : "dispatcher-" + street.replaceFirst("^st-", ""), Role.DISPATCHER);
    }

    Actor supervisor(String gridId) {
        String street = city.streetOf(gridId).map(Street::id).orElse("st-city");
        return new Actor(street.equals("st-dongcheng") ? "demo-supervisor" : "supervisor-" + street.replaceFirst("^st-", ""), Role.SUPERVISOR);
    }

    static Actor handler(String departmentId) {
        return new Actor(departmentId.equals("dept-urban-mgmt") ? "demo-handler" : "handler-" + departmentId.replaceFirst("^dept-", ""),
                Role.DEPARTMENT_HANDLER);
    }

    private Optional<String> streetOffice(String gridId) {
        return city.streetOf(gridId)
                .map(street -> "dept-" + street.id().replaceFirst("^st-", "") + "-office")
                .filter(id -> city.department(id).isPresent());
    }

    // ---------------------------------------------------------------- time

    private Step step(Instant from, Random random, double lowSeconds, double highSeconds, Move move, Actor actor) {
        return new Step(from.plus(seconds(random, lowSeconds, Math.max(lowSeconds, highSeconds))), move, actor);
    }

    private Duration seconds(Random random, double low, double high) {
        double seconds = (low + random.nextDouble() * (high - low)) * pace;
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    private double untilSeconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0 / pace;
    }

    private static long mix(long seed, String reportId, long salt) {
        long h = seed * 0x9E3779B97F4A7C15L + reportId.hashCode();
        h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L + salt;
        return h ^ (h >>> 29);
    }

    /** A new report as a resident or grid worker would send it. */
    public record NewReport(String gridId, String buildingId, String categoryId, String description, Channel channel,
                            String reporterName, String reporterPhone) {}

    /** The next thing to do to a report, no earlier than {@code at}, in the name of {@code actor}. */
    public record Step(Instant at, Move move, Actor actor) {}
}
