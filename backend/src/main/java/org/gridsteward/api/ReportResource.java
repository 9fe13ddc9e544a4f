package org.gridsteward.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridsteward.access.AccessRules;
import org.gridsteward.access.Action;
import org.gridsteward.access.Caller;
import org.gridsteward.access.ReportFacts;
import org.gridsteward.auth.Tokens;
import org.gridsteward.events.Actor;
import org.gridsteward.events.Role;
import org.gridsteward.events.report.Channel;
import org.gridsteward.events.report.EscalationLevel;
import org.gridsteward.events.report.Priority;
import org.gridsteward.events.report.ReportDispatched;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ReportSubmitted;
import org.gridsteward.events.report.Reporter;
import org.gridsteward.intake.IdempotencyKeys;
import org.gridsteward.intake.ReportNumbers;
import org.gridsteward.privacy.ReporterDisclosure;
import org.gridsteward.privacy.MasterKey;
import org.gridsteward.privacy.Residents;
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
import org.gridsteward.report.ReportState;
import org.gridsteward.report.RequestRework;
import org.gridsteward.report.ResolveReport;
import org.gridsteward.report.ReturnDispatch;
import org.gridsteward.report.SubmitReport;
import org.gridsteward.report.SuperviseReport;
import org.gridsteward.report.VerifyResolution;
import org.gridsteward.search.ReportFinder;
import org.gridsteward.search.SearchPage;

/**
 * Reports: submit one, move it through its lifecycle, read it with its timeline. Every action is done in
 * the name of the signed-in caller, and only to reports the access rules let them touch.
 */
@Path("/api/reports")
@Tag(name = "reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_.:-]{8,128}");
    private static final Pattern REPORT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final CommandGateway commands;
    private final EventStore events;
    private final IdempotencyKeys idempotencyKeys;
    private final ReportNumbers numbers;
    private final Clock clock;
    private final AccessRules rules;
    private final CurrentCaller current;
    private final Tokens tokens;

    // ---- residents' personal data: encrypted before the log holds it, shown as the reader may see it
    @Inject
    Residents residents;

    @Inject
    MasterKey masterKey;

    @Inject
    ReporterDisclosure disclosure;

    // ---- lists of reports for the operators' console, from the views
    @Inject
    ReportFinder finder;

    public ReportResource(CommandGateway commands, EventStore events, IdempotencyKeys idempotencyKeys,
                          ReportNumbers numbers, Clock clock, AccessRules rules, CurrentCaller current, Tokens tokens) {
        this.commands = commands;
        this.events = events;
        this.idempotencyKeys = idempotencyKeys;
        this.numbers = numbers;
        this.clock = clock;
        this.rules = rules;
        this.current = current;
        this.tokens = tokens;
    }

    @POST
    @Guard(value = Action.SUBMIT_REPORT, rateLimited = true)
    @Operation(summary = "Submit a report; answers its number and a receipt token with which the reporter, and only they, "
            + "can follow and rate it. The same Idempotency-Key always answers with the same report")
    public Response submit(@HeaderParam("Idempotency-Key") String key,
                           @Valid @NotNull ReportRequests.Submit body) {
        if (key == null || !IDEMPOTENCY_KEY.matcher(key).matches()) {
            return Problem.of(400, "idempotency-key", "Idempotency-Key required",
                    "send an Idempotency-Key header of 8 to 128 letters, digits or _.:- so that retries are safe",
                    List.of(new Problem.FieldError("Idempotency-Key", "required, 8 to 128 of [A-Za-z0-9_.:-]"))).toResponse();
        }
        Caller caller = current.get().orElse(null);
        boolean resident = caller == null || caller.role() == Role.RESIDENT;
        Channel channel = body.channel() == null ? (resident ? Channel.RESIDENT_APP : Channel.CONSOLE) : body.channel();
        if (resident && channel != Channel.RESIDENT_APP) {
            throw new AccessProblems.ForbiddenException("only staff may submit through channel " + channel);
        }
        if (!rules.permits(caller, Action.SUBMIT_REPORT, ReportFacts.newReport(body.gridId()))) {
            throw new AccessProblems.ForbiddenException("grid " + body.gridId() + " lies outside this account's scope");
        }
        Instant now = clock.instant();
        IdempotencyKeys.Claim claim = idempotencyKeys.claim(key, masterKey.fingerprint(body.toString()), () -> numbers.next(now), now);
        if (!claim.isNew() && exists(claim.reportId())) {
            return created(claim.reportId());
        }
        Actor actor = resident ? Caller.resident(claim.reportId()).actor() : caller.actor();
        Reporter reporter = body.reporter() == null ? null : residents.encrypt(body.reporter().name(), body.reporter().phone());
        SubmitReport submit = new SubmitReport(claim.reportId(), body.gridId(), body.buildingId(), body.categoryId(),
                body.description(), channel, reporter, actor, now);
        try {
            commands.sendAndWait(submit);
        } catch (AggregateStreamCreationException alreadyCreated) {
            // An earlier attempt with this key got as far as creating the report; answer as it would have.
            return created(claim.reportId());
        } catch (ReportRuleException refused) {
            if (claim.isNew()) {
                idempotencyKeys.release(key);
            }
            throw refused;
        }
        // Just created: its history is exactly the event this command recorded, so it is not read back.
        return created(claim.reportId(), ReportView.submitted(submit.submitted()));
    }

    private Response created(String reportId) {
        return created(reportId, ReportView.fold(reportId, history(reportId)));
    }

    private Response created(String reportId, ReportView view) {
        return Response.created(URI.create("/api/reports/" + reportId))
                .header("Cache-Control", "no-store")
                .entity(ResidentReportView.Receipt.of(view, tokens.receipt(reportId)))
                .build();
    }

    private boolean exists(String reportId) {
        return events.lastSequenceNumberFor(reportId).isPresent();
    }

    @GET
    @Guard(Action.SEARCH_REPORTS)
    @Operation(summary = "Find reports the caller may read, newest first: every filter given must hold; status may be repeated. "
            + "Rows show reporters masked; pass back 'next' as 'after' for the following page")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "a status name (SUBMITTED, DISPATCHED, …); repeatable")
    @Parameter(name = "gridId", in = ParameterIn.QUERY)
    @Parameter(name = "communityId", in = ParameterIn.QUERY)
    @Parameter(name = "streetId", in = ParameterIn.QUERY)
    @Parameter(name = "categoryId", in = ParameterIn.QUERY)
    @Parameter(name = "departmentId", in = ParameterIn.QUERY, description = "the department holding it, or the last one that did")
    @Parameter(name = "overdue", in = ParameterIn.QUERY, description = "true: open and past the due time of its stage")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "the start of a report number, or text in the description")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "1 to 200, default 50")
    @Parameter(name = "after", in = ParameterIn.QUERY, description = "the 'next' cursor of the previous page")
    public SearchPage search(@Context UriInfo uri) {
        return finder.find(current.required(), uri.getQueryParameters());
    }

    @GET
    @Path("{id}")
    @Guard(Action.READ_REPORT)
    @Operation(summary = "The report's current state and its full timeline; with a receipt, the resident's view of it")
    public Object get(@PathParam("id") String id) {
        List<? extends DomainEventMessage<?>> history = history(id);
        Caller caller = current.required();
        authorize(caller, Action.READ_REPORT, id, history);
        ReportView view = ReportView.fold(id, history);
        if (caller.role() == Role.RESIDENT) {
            return ResidentReportView.of(view);
        }
        Reporter reporter = ((ReportSubmitted) history.get(0).getPayload()).reporter();
        return view.withReporter(disclosure.show(reporter, rules.seesResidentInClear(caller, facts(id, history)), caller.actor(), id));
    }

    @POST
    @Path("{id}/classify")
    @Guard(Action.CLASSIFY)
    public ReportView classify(@PathParam("id") String id, @Valid @NotNull ReportRequests.Classify body) {
        Priority priority = body.priority() == null ? Priority.NORMAL : body.priority();
        return send(id, Action.CLASSIFY, actor -> new ClassifyReport(id, body.categoryId(), priority, actor, clock.instant()));
    }

    @POST
    @Path("{id}/reject")
    @Guard(Action.REJECT)
    public ReportView reject(@PathParam("id") String id, @Valid @NotNull ReportRequests.Reject body) {
        return send(id, Action.REJECT, actor -> new RejectReport(id, body.reason(), actor, clock.instant()));
    }

    @POST
    @Path("{id}/dispatch")
    @Guard(Action.DISPATCH)
    @Operation(summary = "Dispatch to a department; without due times they come from the category's windows")
    public ReportView dispatch(@PathParam("id") String id, @Valid @NotNull ReportRequests.Dispatch body) {
        return send(id, Action.DISPATCH, actor -> new DispatchReport(id, body.departmentId(), body.signOffDueAt(), body.dueAt(),
                body.instructions(), actor, clock.instant()));
    }

    @POST
    @Path("{id}/accept")
    @Guard(Action.ACCEPT)
    public ReportView accept(@PathParam("id") String id, @Valid @NotNull ReportRequests.Accept body) {
        return send(id, Action.ACCEPT, actor -> new AcceptDispatch(id, body.departmentId(), actor, clock.instant()));
    }

    @POST
    @Path("{id}/return")
    @Guard(Action.RETURN)
    public ReportView returnDispatch(@PathParam("id") String id, @Valid @NotNull ReportRequests.Return body) {
        return send(id, Action.RETURN, actor -> new ReturnDispatch(id, body.departmentId(), body.reason(), actor, clock.instant()));
    }

    @POST
    @Path("{id}/extend")
    @Guard(Action.EXTEND)
    public ReportView extend(@PathParam("id") String id, @Valid @NotNull ReportRequests.Extend body) {
        return send(id, Action.EXTEND, actor -> new ExtendDeadline(id, body.newDueAt(), body.reason(), actor, clock.instant()));
    }

    @POST
    @Path("{id}/progress")
    @Guard(Action.PROGRESS)
    public ReportView progress(@PathParam("id") String id, @Valid @NotNull ReportRequests.Progress body) {
        return send(id, Action.PROGRESS, actor -> new NoteProgress(id, body.note(), actor, clock.instant()));
    }

    @POST
    @Path("{id}/resolve")
    @Guard(Action.RESOLVE)
    public ReportView resolve(@PathParam("id") String id, @Valid @NotNull ReportRequests.Resolve body) {
        return send(id, Action.RESOLVE, actor -> new ResolveReport(id, body.departmentId(), body.resolution(), actor, clock.instant()));
    }

    @POST
    @Path("{id}/verify")
    @Guard(Action.VERIFY)
    @Operation(summary = "Confirm the resolution, or (passed: false) send it back for rework")
    public ReportView verify(@PathParam("id") String id, @Valid @NotNull ReportRequests.Verify body) {
        return send(id, Action.VERIFY, actor -> body.passed()
                ? new VerifyResolution(id, body.note(), actor, clock.instant())
                : new RequestRework(id, body.note(), actor, clock.instant()));
    }

    @POST
    @Path("{id}/rate")
    @Guard(Action.RATE)
    @Operation(summary = "Rate the result with the report's receipt; 不满意 (DISSATISFIED) reopens the report")
    public Object rate(@PathParam("id") String id, @Valid @NotNull ReportRequests.Rate body) {
        ReportView view = send(id, Action.RATE, actor -> new RateReport(id, body.satisfaction(), body.comment(), actor, clock.instant()));
        return current.required().role() == Role.RESIDENT ? ResidentReportView.of(view) : view;
    }

    @POST
    @Path("{id}/close")
    @Guard(Action.CLOSE)
    public ReportView close(@PathParam("id") String id, @Valid ReportRequests.Close body) {
        return send(id, Action.CLOSE, actor -> new CloseReport(id, actor, clock.instant()));
    }

    @POST
    @Path("{id}/escalate")
    @Guard(Action.ESCALATE)
    @Operation(summary = "督办: put the report under the supervision of the caller's office (community, street or city)")
    public ReportView escalate(@PathParam("id") String id, @Valid ReportRequests.Escalate body) {
        EscalationLevel level = AccessRules.supervisionLevel(current.required());
        return send(id, Action.ESCALATE, actor -> new SuperviseReport(id, level, actor, clock.instant()));
    }

    /** Reads the report, checks the caller may do this to it, and sends the command in the caller's name. */
    private ReportView send(String id, Action action, Function<Actor, ReportCommand> command) {
        Caller caller = current.required();
        authorize(caller, action, id, history(id));
        commands.sendAndWait(command.apply(caller.actor()));
        return ReportView.fold(id, history(id));
    }

    private void authorize(Caller caller, Action action, String id, List<? extends DomainEventMessage<?>> history) {
        if (!rules.permits(caller, action, facts(id, history))) {
            throw new AccessProblems.ForbiddenException(caller.role() == Role.RESIDENT
                    ? "this receipt is for another report"
                    : "report " + id + " lies outside what this account may " + action.name().toLowerCase().replace('_', ' '));
        }
    }

    /** Where the report is and who has held it, from its history, as the access rules need them. */
    private static ReportFacts facts(String id, List<? extends DomainEventMessage<?>> history) {
        ReportState state = null;
        Set<String> departments = new HashSet<>();
        for (DomainEventMessage<?> message : history) {
            ReportEvent event = (ReportEvent) message.getPayload();
            state = state == null ? ReportState.initial((ReportSubmitted) event) : state.apply(event);
            if (event instanceof ReportDispatched dispatched) {
                departments.add(dispatched.departmentId());
            }
        }
        return new ReportFacts(id, state.gridId(), state.departmentId(), departments);
    }

    private List<? extends DomainEventMessage<?>> history(String id) {
        requireKnownShape(id);
        // The whole timeline from its first event: a snapshot would stand in for the events it folds.
        List<? extends DomainEventMessage<?>> history = events.readEvents(id, 0).asStream().toList();
        // A resident's erasure is a stream of its own under the resident's id; it is not a report.
        if (history.isEmpty() || !(history.get(0).getPayload() instanceof ReportSubmitted)) {
            throw new AggregateNotFoundException(id, "no report " + id);
        }
        return history;
    }

    /** An id that cannot exist is not looked up; it is simply not found. */
    private static void requireKnownShape(String id) {
        if (!REPORT_ID.matcher(id).matches()) {
            throw new AggregateNotFoundException(id, "no report " + id);
        }
    }

}
