package org.gridsteward.api;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.gridsteward.search.InvalidSearchException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A search parameter that cannot be used, as a problem document naming it. */
public class SearchProblemMappers {

    @ServerExceptionMapper
    public Response invalidSearch(InvalidSearchException e) {
        return Problem.of(400, "invalid-search", "Invalid search parameter", e.getMessage(),
                List.of(new Problem.FieldError(e.parameter(), e.problem()))).toResponse();
    }
}
