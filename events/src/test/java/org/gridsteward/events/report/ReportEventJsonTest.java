package org.gridsteward.events.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;
import org.gridsteward.events.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReportEventJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private static final Instant AT = Instant.parse("2026-11-23T01:02:03.456789Z");
    private static final Actor DISPATCHER = new Actor("u-dispatch-07", Role.DISPATCHER);

    static Stream<ReportEvent> oneOfEach() {
        return Stream.of(
                new ReportSubmitted("2026112300017", "g-01-02", "g-01-02-b8", "parking", "3号楼消防通道被私家车占用",
                        Channel.RESIDENT_APP,
                        new Reporter("9f3c2a7e-4b1d-4e8a-a6f0-2d5c8b7e1a04", "v1.bm9uY2UtYW5kLWNpcGhlcnRleHQ", "v1.YW5vdGhlci1jaXBoZXJ0ZXh0"),
                        new Actor("receipt-1", Role.RESIDENT), AT),
                new ReportSubmitted("2026112300018", "g-01-02", null, "garbage", "垃圾桶满溢", Channel.GRID_WORKER_APP, null,
                        new Actor("u-grid-11", Role.GRID_WORKER), AT,
                        List.of("Jt3q0sVbQ2yqZ1m8r5k7Xw", "cG9ydHJhaXQtb2YtYS1iaW4")),
                new ReportClassified("2026112300017", "fire-lane", Priority.URGENT, DISPATCHER, AT),
                new ReportRejected("2026112300017", "重复上报", DISPATCHER, AT),
                new ReportDispatched("2026112300017", "dept-fire", AT.plusSeconds(7200), AT.plusSeconds(86400), "今日处理",
                        DISPATCHER, AT),
                new DispatchAccepted("2026112300017", "dept-fire", new Actor("u-fire-2", Role.DEPARTMENT_HANDLER), AT),
                new DispatchReturned("2026112300017", "dept-fire", "不属于本部门职责", new Actor("u-fire-2", Role.DEPARTMENT_HANDLER), AT),
                new DeadlineExtended("2026112300017", AT.plusSeconds(86400), AT.plusSeconds(172800), "需协调物业", DISPATCHER, AT),
                new ProgressNoted("2026112300017", "已联系车主", new Actor("u-fire-2", Role.DEPARTMENT_HANDLER), AT),
                new ReportResolved("2026112300017", "dept-fire", "车辆已移走", new Actor("u-fire-2", Role.DEPARTMENT_HANDLER), AT),
                new ResolutionVerified("2026112300017", "现场核实", new Actor("u-grid-11", Role.GRID_WORKER), AT),
                new ReworkRequested("2026112300017", "车辆仍在", new Actor("u-grid-11", Role.GRID_WORKER), AT),
                new ReportRated("2026112300017", Satisfaction.BASICALLY_SATISFIED, "处理较慢", new Actor("receipt-1", Role.RESIDENT), AT),
                new ReportReopened("2026112300017", "不满意", Actor.SYSTEM, AT),
                new ReportClosed("2026112300017", DISPATCHER, AT),
                new DeadlineApproaching("2026112300017", "dept-fire", Deadline.RESOLUTION, AT.plusSeconds(86400), "75%",
                        Actor.SYSTEM, AT),
                new SignOffOverdue("2026112300017", "dept-fire", AT.minusSeconds(60), Actor.SYSTEM, AT),
                new ResolutionOverdue("2026112300017", "dept-fire", AT.minusSeconds(60), Actor.SYSTEM, AT),
                new ReportEscalated("2026112300017", "dept-fire", Deadline.SIGN_OFF, AT.minusSeconds(60),
                        EscalationLevel.STREET, Actor.SYSTEM, AT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneOfEach")
    void eachEventSurvivesAJsonRoundTrip(ReportEvent event) throws Exception {
        String json = JSON.writeValueAsString(event);

        assertThat(JSON.readValue(json, event.getClass())).isEqualTo(event);
        assertThat(json).contains("\"at\":\"2026-11-23T01:02:03.456789Z\"").contains("\"actor\":{");
    }

    @Test
    void everyEventIsCoveredByTheRoundTrip() {
        Set<Class<?>> covered = new HashSet<>();
        oneOfEach().forEach(e -> covered.add(e.getClass()));

        assertThat(covered).containsExactlyInAnyOrder(ReportEvent.class.getPermittedSubclasses());
    }

    @Test
    void everyEventHasAStableTypeNameOfItsOwn() {
        List<EventType> types = Arrays.stream(ReportEvent.class.getPermittedSubclasses())
                .map(c -> c.getAnnotation(EventType.class))
                .toList();

        assertThat(types).doesNotContainNull();
        assertThat(types.stream().map(EventType::name)).doesNotHaveDuplicates();
        assertThat(types).allMatch(t -> t.revision() >= 1);
    }

    @Test
    void optionalValuesMayBeAbsent() throws Exception {
        ReportSubmitted anonymous = new ReportSubmitted("r", "g-01-01", null, "garbage", "垃圾满溢",
                Channel.HOTLINE, null, DISPATCHER, AT);

        assertThat(JSON.readValue(JSON.writeValueAsString(anonymous), ReportSubmitted.class)).isEqualTo(anonymous);
    }

    @Test
    void aReportSubmittedWrittenBeforePhotosExistedReadsAsHavingNone() throws Exception {
        String stored = """
                {"reportId":"2026110100003","gridId":"g-01-01","buildingId":null,"categoryId":"parking",
                 "description":"消防通道堵塞","channel":"RESIDENT_APP","reporter":null,
                 "actor":{"id":"receipt-3","role":"RESIDENT"},"at":"2026-11-01T08:00:00Z"}""";

        ReportSubmitted read = JSON.readValue(stored, ReportSubmitted.class);

        assertThat(read.photoIds()).isNull();
        assertThat(read).isEqualTo(new ReportSubmitted("2026110100003", "g-01-01", null, "parking", "消防通道堵塞",
                Channel.RESIDENT_APP, null, new Actor("receipt-3", Role.RESIDENT), Instant.parse("2026-11-01T08:00:00Z")));
    }

    @Test
    void anEmptyListOfPhotosIsTheSameAsNone() {
        ReportSubmitted withEmpty = new ReportSubmitted("r", "g-01-01", null, "garbage", "垃圾满溢",
                Channel.HOTLINE, null, DISPATCHER, AT, List.of());

        assertThat(withEmpty.photoIds()).isNull();
    }
}
