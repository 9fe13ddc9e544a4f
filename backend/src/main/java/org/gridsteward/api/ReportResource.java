package org.gridsteward.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridsteward.events.Actor;
import org.gridsteward.events.Role;
import org.gridsteward.events.report.Channel;
import org.gridsteward.events.report.Priority;
import org.gridsteward.events.report.Reporter;
import org.gridsteward.intake.IdempotencyKeys;
import org.gridsteward.intake.ReportNumbers;
import org.gridsteward.report.AcceptDispatch;
import org.gridsteward.report.ClassifyReport;
import org.gridsteward.report.CloseReport;
import org.gridsteward.report.DispatchReport;
import org.gridsteward.report.ExtendDeadline;
import org.gridsteward.report.NoteProgress;
import org.gridsteward.report.RateReport;
import org.gridsteward.report.RejectReport;
import org.gridsteward.report.ReportCommand;
import org.gridsteward.report.ReportRuleException;
import org.gridsteward.report.RequestRework;
import org.gridsteward.report.ResolveReport;
import org.gridsteward.report.ReturnDispatch;
import org.gridsteward.report.SubmitReport;
import org.gridsteward.report.VerifyResolution;

/** Reports: submit one, move it through its lifecycle, read it with its timeline. */
@Path("/api/reports")
@Tag(name = "reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_.:-]{8,128}");
    private static final Pattern ACTOR_ID = Pattern.compile("[A-Za-z0-9_.:@-]{1,64}");
    private static final Pattern REPORT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final CommandGateway commands;
    private final EventStore events;
    private final IdempotencyKeys idempotencyKeys;
    private final ReportNumbers numbers;
    private final Clock clock;

    public ReportResource(CommandGateway commands, EventStore events, IdempotencyKeys idempotencyKeys,
                          ReportNumbers numbers, Clock clock) {
        this.commands = commands;
        this.events = events;
        this.idempotencyKeys = idempotencyKeys;
        this.numbers = numbers;
        this.clock = clock;
    }

    @POST
    @Operation(summary = "Submit a report; the same Idempotency-Key always answers with the same report")
    public Response submit(@HeaderParam("Idempotency-Key") String key,
                           @HeaderParam("X-Actor-Id") String actorId,
                           @Valid @NotNull ReportRequests.Submit body) {
        if (key == null || !IDEMPOTENCY_KEY.matcher(key).matches()) {
            return Problem.of(400, "idempotency-key", "Idempotency-Key required",
                    "send an Idempotency-Key header of 8 to 128 letters, digits or _.:- so that retries are safe",
                    List.of(new Problem.FieldError("Idempotency-Key", "required, 8 to 128 of [A-Za-z0-9_.:-]"))).toResponse();
        }
        Instant now = clock.instant();
        Channel channel = body.channel() == null ? Channel.RESIDENT_APP : body.channel();
        Actor actor = actor(actorId, channel == Channel.GRID_WORKER_APP ? Role.GRID_WORKER : Role.RESIDENT);
        IdempotencyKeys.Claim claim = idempotencyKeys.claim(key, fingerprint(body), () -> numbers.next(now), now);
        if (!claim.isNew() && exists(claim.reportId())) {
            return created(claim.reportId());
        }
        Reporter reporter = body.reporter() == null ? null : new Reporter(body.reporter().name(), body.reporter().phone());
        try {
            commands.sendAndWait(new SubmitReport(claim.reportId(), body.gridId(), body.buildingId(), body.categoryId(),
                    body.description(), channel, reporter, actor, now));
        } catch (AggregateStreamCreationException alreadyCreated) {
            // An earlier attempt with this key got as far as creating the report; answer as it would have.
        } catch (ReportRuleException refused) {
            if (claim.isNew()) {
                idempotencyKeys.release(key);
            }
            throw refused;
        }
        return created(claim.reportId());
    }

    private Response created(String reportId) {
        return Response.created(URI.create("/api/reports/" + reportId)).entity(read(reportId)).build();
    }

    private boolean exists(String reportId) {
        return events.lastSequenceNumberFor(reportId).isPresent();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The report's current state and its full timeline")
    public ReportView get(@PathParam("id") String id) {
        return read(id);
    }

    @POST
    @Path("{id}/classify")
    public ReportView classify(@PathParam("id") String id, @HeaderParam("X-Actor-Id") String actorId,
                               @Valid @NotNull ReportRequests.Classify body) {
        Priority priority = body.priority() == null ? Priority.NORMAL : body.priority();
        return send(id, new ClassifyReport(id, body.categoryId(), priority, actor(actorId, Role.DISPATCHER), clock.instant()));
    }

    @POST
    @Path("{id}/reject")
    public ReportView reject(@PathParam("id") String id, @HeaderParam("X-Actor-Id") String actorId,
                             @Valid @NotNull ReportRequests.Reject body) {
        return send(id, new RejectReport(id, body.reason(), actor(actorId, Role.DISPATCHER), clock.instant()));
    }

    @POST
    @Path("{id}/dispatch")
    @Operation(summary = "Dispatch to a department; without due times they come from the category's windows")
    public ReportView dispatch(@PathParam("id") String id, @HeaderParam("X-Actor-Id") String actorId,
                               @Valid @NotNull ReportRequests.Dispatch body) {
        return send(id, new DispatchReport(id, body.departmentId(), body.signOffDueAt(), body.dueAt(),
                body.instructions(), actor(actorId, Role.DISPATCHER), clock.instant()));
    }

    @POST
    @Path("{id}/accept")
    public ReportView accept(@PathParam("id") String id, @HeaderParam("X-Actor-Id") String actorId,
                             @Valid @NotNull ReportRequests.Accept body) {
        return send(id, new AcceptDispatch(id, body.departmentId(), actor(actorId, Role.DEPARTMENT_HANDLER), clock.instant()));
    }

    @POST
    @Path("{id}/return")
    public ReportView returnDispatch(@PathParam("id") String id, @HeaderParam("X-Actor-Id") String actorId,
                                     @Valid @NotNull ReportRequests.Return body) {
        return send(id, new ReturnDispatch(id, body.departmentId(), body.reason(),
                actor(actorId, Role.DEPARTMENT_HANDLER), clock.instant()));
    }

    @POST
    @Path("{id}/extend")
    public ReportView extend(@PathParam("id") String id, @HeaderParam("X-Actor-Id") String actorId,
                             @Valid @NotNull ReportRequests.Extend body) {
        return send(id, new ExtendDeadline(id, body.newDueAt(), body.reason(), actor(actorId, Role.DISPATCHER), clock.instant()));
    }

    @POST
    @Path("{id}/progress")
    public ReportView progress(@PathParam("id") String id, @HeaderParam("X-Actor-Id") String actorId,
                               @Valid @NotNull ReportRequests.Progress body) {
        return send(id, new NoteProgress(id, body.note(), actor(actorId, Role.DEPARTMENT_HANDLER), clock.instant()));
    }

    @POST
    @Path("{id}/resolve")
    public ReportView resolve(@PathParam("id") String id, @HeaderParam("X-Actor-Id") String actorId,
                              @Valid @NotNull ReportRequests.Resolve body) {
        return send(id, new ResolveReport(id, body.departmentId(), body.resolution(),
                actor(actorId, Role.DEPARTMENT_HANDLER), clock.instant()));
    }

    @POST
    @Path("{id}/verify")
    @Operation(summary = "Confirm the resolution, or (passed: false) send it back for rework")
    public ReportView verify(@PathParam("id") String id, @HeaderParam("X-Actor-Id") String actorId,
                             @Valid @NotNull ReportRequests.Verify body) {
        Actor actor = actor(actorId, Role.GRID_WORKER);
        return send(id, body.passed()
                ? new VerifyResolution(id, body.note(), actor, clock.instant())
                : new RequestRework(id, body.note(), actor, clock.instant()));
    }

    @POST
    @Path("{id}/rate")
    @Operation(summary = "Rate the result; 不满意 (DISSATISFIED) reopens the report")
    public ReportView rate(@PathParam("id") String id, @HeaderParam("X-Actor-Id") String actorId,
                           @Valid @NotNull ReportRequests.Rate body) {
        return send(id, new RateReport(id, body.satisfaction(), body.comment(), actor(actorId, Role.RESIDENT), clock.instant()));
    }

    @POST
    @Path("{id}/close")
    public ReportView close(@PathParam("id") String id, @HeaderParam("X-Actor-Id") String actorId,
                            @Valid ReportRequests.Close body) {
        return send(id, new CloseReport(id, actor(actorId, Role.DISPATCHER), clock.instant()));
    }

    private ReportView send(String id, ReportCommand command) {
        requireKnownShape(id);
        commands.sendAndWait(command);
        return read(id);
    }

    private ReportView read(String id) {
        requireKnownShape(id);
        List<? extends DomainEventMessage<?>> history = events.readEvents(id).asStream().toList();
        if (history.isEmpty()) {
            throw new AggregateNotFoundException(id, "no report " + id);
        }
        return ReportView.fold(id, history);
    }

    /** An id that cannot exist is not looked up; it is simply not found. */
    private static void requireKnownShape(String id) {
        if (!REPORT_ID.matcher(id).matches()) {
            throw new AggregateNotFoundException(id, "no report " + id);
        }
    }

    /**
     * Who is acting. Until sign-in is in place, an optional {@code X-Actor-Id} names the person and the role
     * follows from the action.
     */
    private static Actor actor(String actorId, Role role) {
        if (actorId == null || actorId.isBlank()) {
            return new Actor("anonymous", role);
        }
        if (!ACTOR_ID.matcher(actorId).matches()) {
            throw new jakarta.ws.rs.BadRequestException("X-Actor-Id must be 1 to 64 of [A-Za-z0-9_.:@-]");
        }
        return new Actor(actorId, role);
    }

    private static String fingerprint(ReportRequests.Submit body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
