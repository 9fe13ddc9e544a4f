package org.gridsteward.events.resident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.gridsteward.events.Actor;
import org.gridsteward.events.EventType;
import org.gridsteward.events.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ResidentEventJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private static final Instant AT = Instant.parse("2026-11-23T01:02:03.456789Z");

    static Stream<ResidentEvent> oneOfEach() {
        return Stream.of(new ResidentErased("9f3c2a7e-4b1d-4e8a-a6f0-2d5c8b7e1a04", new Actor("admin", Role.ADMIN), AT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneOfEach")
    void eachEventSurvivesAJsonRoundTrip(ResidentEvent event) throws Exception {
        String json = JSON.writeValueAsString(event);

        assertThat(JSON.readValue(json, event.getClass())).isEqualTo(event);
        assertThat(json).contains("\"at\":\"2026-11-23T01:02:03.456789Z\"").contains("\"actor\":{");
    }

    @Test
    void everyEventIsCoveredByTheRoundTrip() {
        Set<Class<?>> covered = new HashSet<>();
        oneOfEach().forEach(e -> covered.add(e.getClass()));

        assertThat(covered).containsExactlyInAnyOrder(ResidentEvent.class.getPermittedSubclasses());
    }

    @Test
    void anErasureCarriesNothingButTheResidentsIdWhoAndWhen() {
        assertThat(ResidentErased.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("residentId", "actor", "at");
        assertThat(ResidentErased.class.getAnnotation(EventType.class).name()).isEqualTo("ResidentErased");
    }
}
