package org.gridsteward.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void aConcurrentChangeIs409() {
        Response response = new ProblemMappers().conflict(new ConcurrencyException("version 3 was already written"));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(((Problem) response.getEntity()).type().toString()).isEqualTo("urn:grid-steward:problem:concurrent-change");
    }

    @Test
    void anUnexpectedFailureRevealsNothingInternal() {
        Response response = new ProblemMappers().unexpected(new IllegalStateException("secret table name"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((Problem) response.getEntity()).detail()).doesNotContain("secret");
    }
}
