package org.gridsteward.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.time.Clock;
import org.gridsteward.access.Action;
import org.gridsteward.access.Caller;
import org.gridsteward.audit.AccessLog;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Records every call a known caller makes to a guarded endpoint (reading a report, with its reporter's
 * name and phone, or changing anything), refused ones included, in the auditors' {@link AccessLog}.
 * Anonymous calls are not recorded here: a submission is already an event in the log.
 */
public class AccessLogFilter {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(AccessLogFilter.class);

    @Inject
    AccessLog log;

    @Inject
    CurrentCaller current;

    @Inject
    Clock clock;

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        Guard guard = method == null ? null : method.getAnnotation(Guard.class);
        if (guard == null || guard.value() == Action.SIGN_IN || guard.value() == Action.READ_ORGANISATION) {
            return;
        }
        Caller caller = current.get().orElse(null);
        if (caller == null) {
            return;
        }
        String path = request.getUriInfo().getPath();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        // A search's filters decide which reports it listed, so the auditor sees them with it.
        if (guard.value() == Action.SEARCH_REPORTS && query != null) {
            path = path + "?" + query;
        }
        try {
            log.append(clock.instant(), caller.id(), caller.role().name(), guard.value().name(), request.getMethod(),
                    path, response.getStatus());
        } catch (RuntimeException e) {
            // The call has already happened; failing its answer now would tell the caller it had not.
            LOG.errorf(e, "could not record %s %s by %s in the access log", request.getMethod(), request.getUriInfo().getPath(), caller.id());
        }
    }
}
