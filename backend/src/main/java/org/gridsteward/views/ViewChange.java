package org.gridsteward.views;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One section of one scope's view as it stands after a change: what travels on the {@value #CHANNEL} channel
 * to the wall. The section is whole, so applying a change twice or late leaves the same view; section
 * {@value #WHOLE_VIEW} carries the whole view, after a rebuild.
 */
public record ViewChange(String scope, String section, JsonNode data) {
    public static final String CHANNEL = "view-changes";

    /** The section of a change that carries the scope's whole view, sent once the views were rebuilt. */
    public static final String WHOLE_VIEW = "view";
}
