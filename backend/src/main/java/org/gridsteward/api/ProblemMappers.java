package org.gridsteward.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.gridsteward.intake.IdempotencyKeyReusedException;
import org.gridsteward.report.IllegalTransitionException;
import org.gridsteward.report.InvalidCommandException;
import org.gridsteward.report.UnknownReferenceException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure leaves the API as a problem document; nothing internal leaks into it. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** Listed one by one because Quarkus brings its own, body-less mappers for the more specific types. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class,
            UnrecognizedPropertyException.class, InvalidFormatException.class, JsonMappingException.class})
    public Response malformedJson(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Problem.of(400, "unknown-field", "Unknown field",
                    "field '" + unknown.getPropertyName() + "' is not part of this request",
                    List.of(new Problem.FieldError(path(unknown), "unknown field"))).toResponse();
        }
        if (e instanceof InvalidFormatException invalid) {
            return Problem.of(400, "invalid-value", "Invalid value",
                    "field '" + path(invalid) + "' has a value of the wrong form",
                    List.of(new Problem.FieldError(path(invalid), "cannot be read as " + invalid.getTargetType().getSimpleName()))).toResponse();
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Problem.of(400, "invalid-value", "Invalid value",
                    "field '" + path(mapping) + "' could not be read",
                    List.of(new Problem.FieldError(path(mapping), "wrong type or shape"))).toResponse();
        }
        return Problem.of(400, "malformed-json", "Malformed JSON", "the request body is not valid JSON").toResponse();
    }

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String fields = errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        return Problem.of(400, "invalid-fields", "Invalid fields", "invalid: " + fields, errors).toResponse();
    }

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e) {
        return Problem.of(409, "illegal-transition", "Not possible now", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response unknownReference(UnknownReferenceException e) {
        return Problem.of(422, "unknown-reference", "Unknown reference", e.getMessage(),
                List.of(new Problem.FieldError(e.field(), "unknown: " + e.value()))).toResponse();
    }

    @ServerExceptionMapper
    public Response ruleViolated(InvalidCommandException e) {
        return Problem.of(422, "rule-violated", "Rule violated", e.getMessage(),
                List.of(new Problem.FieldError(e.field(), e.problem()))).toResponse();
    }

    @ServerExceptionMapper
    public Response keyReused(IdempotencyKeyReusedException e) {
        return Problem.of(422, "idempotency-key-reused", "Idempotency-Key reused", e.getMessage(),
                List.of(new Problem.FieldError("Idempotency-Key", "already used for a different request"))).toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(AggregateNotFoundException e) {
        return Problem.of(404, "not-found", "Not found", "no report '" + e.getAggregateIdentifier() + "'").toResponse();
    }

    @ServerExceptionMapper
    public Response conflict(ConcurrencyException e) {
        return Problem.of(409, "concurrent-change", "Changed concurrently",
                "the report was changed by someone else at the same moment; reload it and try again").toResponse();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        String reason = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "HTTP " + status;
        return Problem.of(status, "http-" + status, reason, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected failure", e);
        return Problem.of(500, "internal", "Internal error", "the request could not be completed; it has been logged").toResponse();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** The field as the client named it: the last property of the path, not the Java method and parameter. */
    private static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        List<String> names = nodes.stream()
                .filter(n -> n.getKind() == jakarta.validation.ElementKind.PROPERTY)
                .map(Path.Node::getName)
                .toList();
        return names.isEmpty() ? nodes.get(nodes.size() - 1).getName() : String.join(".", names);
    }
}
