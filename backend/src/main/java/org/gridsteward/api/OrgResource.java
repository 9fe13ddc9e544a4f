package org.gridsteward.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridsteward.org.CityOrganisation;
import org.gridsteward.org.OrgDefinition;

@Path("/api/org")
@Tag(name = "Organisation", description = "The city tree, departments and report categories")
public class OrgResource {
    private final CityOrganisation organisation;

    public OrgResource(CityOrganisation organisation) {
        this.organisation = organisation;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The city organisation: streets, communities, grids and buildings, departments, categories")
    public OrgDefinition organisation() {
        return organisation.definition();
    }
}
