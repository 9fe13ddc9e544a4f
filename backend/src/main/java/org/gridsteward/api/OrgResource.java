package org.gridsteward.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridsteward.access.Action;
import org.gridsteward.org.CityOrganisation;
import org.gridsteward.org.OrgDefinition;

/** Public: the tree holds no personal data, and the residents' report page needs its grids and categories. */
@Path("/api/org")
@Tag(name = "Organisation", description = "The city tree, departments and report categories")
public class OrgResource {
    private final CityOrganisation organisation;

    public OrgResource(CityOrganisation organisation) {
        this.organisation = organisation;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Guard(Action.READ_ORGANISATION)
    @Operation(summary = "The city organisation: streets, communities, grids and buildings, departments, categories")
    public OrgDefinition organisation() {
        return organisation.definition();
    }
}
