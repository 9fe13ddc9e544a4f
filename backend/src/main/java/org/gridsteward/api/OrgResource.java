package org.gridsteward.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridsteward.access.Action;
import org.gridsteward.org.CityMap;
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

    // ---- the map: one polygon per grid, for walls that colour grids by their state
    static final String GEO_JSON = "application/geo+json";

    @Inject
    CityMap map;

    @GET
    @Path("geo")
    @Produces({GEO_JSON, MediaType.APPLICATION_JSON})
    @Guard(Action.READ_ORGANISATION)
    @Operation(summary = "The city's map: a GeoJSON FeatureCollection with one polygon per grid (properties gridId, "
            + "communityId, streetId, name); 404 when the city has none")
    public Response geo(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        if (!map.isPresent()) {
            return Problem.of(404, "no-city-map", "No map of this city",
                    "the city definition (grid.org.file) has no map; set grid.org.geo-file to a GeoJSON file").toResponse();
        }
        EntityTag tag = new EntityTag(map.etag());
        // The map changes only with a restart: a wall asks again each time, and an unchanged map costs nothing.
        Response.ResponseBuilder answer = matches(ifNoneMatch, tag) ? Response.notModified() : Response.ok(map.json());
        return answer.tag(tag).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    /** Whether an If-None-Match header names this tag (weakly compared, as RFC 9110 says for this header). */
    private static boolean matches(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String quoted = "\"" + tag.getValue() + "\"";
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(candidate -> candidate.startsWith("W/") ? candidate.substring(2) : candidate)
                .anyMatch(candidate -> candidate.equals(quoted) || candidate.equals("*"));
    }
}
