package org.gridsteward.api;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.gridsteward.access.Caller;

/** The caller of the request being served, as {@link AccessFilter} established it; empty when anonymous. */
@RequestScoped
public class CurrentCaller {
    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public Optional<Caller> get() {
        return Optional.ofNullable(caller);
    }

    /** For endpoints that are never open: the filter has already refused anyone not signed in. */
    public Caller required() {
        if (caller == null) {
            throw new IllegalStateException("endpoint reached without a caller");
        }
        return caller;
    }
}
