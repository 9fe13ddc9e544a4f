package org.gridsteward.api;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Access failures as problem documents. Quarkus' own security exceptions are mapped too, so that nothing
 * (an annotation added later, an extension) can answer with its default, body-less 401 or 403.
 */
public class AccessProblemMappers {

    @ServerExceptionMapper
    public Response forbidden(AccessProblems.ForbiddenException e) {
        return AccessProblems.forbidden(e.getMessage());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e) {
        return AccessProblems.unauthenticated();
    }

    @ServerExceptionMapper
    public Response quarkusForbidden(ForbiddenException e) {
        return AccessProblems.forbidden("this caller may not do this");
    }

    @ServerExceptionMapper
    public Response ruleViolated(RequestRuleException e) {
        return Problem.of(422, "rule-violated", "Rule violated", e.getMessage(),
                List.of(new Problem.FieldError(e.field(), e.problem()))).toResponse();
    }
}
