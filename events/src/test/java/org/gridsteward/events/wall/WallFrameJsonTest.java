package org.gridsteward.events.wall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WallFrameJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    private static final Instant AT = Instant.parse("2026-11-23T01:02:03.456Z");

    static Stream<WallFrame> oneOfEach() {
        return Stream.of(
                new SnapshotFrame("grid:g-01-01", 1795433009558000L, "subscribe", AT, Map.of("figures", Map.of("open", 3))),
                new DeltaFrame("grid:g-01-01", 1795433009558001L, "figures", AT, Map.of("open", 4)),
                new HeartbeatFrame("city", 1795433009558001L, AT),
                new ProblemFrame("unknown-scope", "the city has no grid 'g-99-99'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneOfEach")
    void eachFrameSurvivesAJsonRoundTripAndNamesItsType(WallFrame frame) throws Exception {
        String json = JSON.writerFor(WallFrame.class).writeValueAsString(frame);

        assertThat(JSON.readValue(json, WallFrame.class)).isEqualTo(frame);
        assertThat(JSON.readTree(json).get("type").asText()).isIn("snapshot", "delta", "heartbeat", "problem");
    }

    @Test
    void everyKindOfFrameIsCoveredAndDescribedInTheSchema() throws Exception {
        List<Class<?>> covered = new ArrayList<>();
        oneOfEach().forEach(frame -> covered.add(frame.getClass()));
        assertThat(covered).containsExactlyInAnyOrder(WallFrame.class.getPermittedSubclasses());

        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/wall/frames.schema.json")) {
            schema = JSON.readTree(in);
        }
        for (Class<?> kind : WallFrame.class.getPermittedSubclasses()) {
            JsonNode definition = schema.path("$defs").path(kind.getSimpleName());
            assertThat(definition.isObject()).as(kind.getSimpleName() + " in the schema").isTrue();
            List<String> fields = new ArrayList<>();
            definition.path("properties").fieldNames().forEachRemaining(fields::add);
            List<String> components = new ArrayList<>(List.of("type"));
            Arrays.stream(kind.getRecordComponents()).forEach(c -> components.add(c.getName()));
            assertThat(fields).as(kind.getSimpleName() + " fields").containsExactlyInAnyOrderElementsOf(components);
        }
    }
}
