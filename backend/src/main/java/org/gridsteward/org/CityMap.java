package org.gridsteward.org;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The city's map: a GeoJSON FeatureCollection (RFC 7946) with one Polygon or MultiPolygon per grid, whose
 * {@code properties.gridId} names it, for walls to colour grids by their state. Only made from a file that names
 * every grid of the city once and nothing else; {@link #absent()} when the city has no map.
 */
public final class CityMap {
    /** The demo city's map, drawn by the test tool {@code DemoCityMapDrawer}. */
    public static final String DEMO_RESOURCE = "org/demo-city.geo.json";

    private static final CityMap ABSENT = new CityMap(null, null, 0);

    private final byte[] json;
    private final String etag;
    private final int features;

    private CityMap(byte[] json, String etag, int features) {
        this.json = json;
        this.etag = etag;
        this.features = features;
    }

    public static CityMap absent() {
        return ABSENT;
    }

    public static CityMap load(Path file, CityOrganisation city) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString(), city);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read city map file " + file, e);
        }
    }

    public static CityMap loadResource(String resource, CityOrganisation city) {
        try (InputStream in = CityMap.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No city map resource " + resource + " on the classpath");
            }
            return load(in, "classpath:" + resource, city);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read city map resource " + resource, e);
        }
    }

    /**
     * @param source where the stream comes from, for the error message
     * @throws InvalidOrganisationException when the content is not JSON, not a FeatureCollection of grid
     *     polygons, or does not cover every grid of {@code city} exactly once
     */
    public static CityMap load(InputStream in, String source, CityOrganisation city) {
        JsonNode tree;
        try {
            tree = OrgLoader.MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null
                    ? ""
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
            throw new InvalidOrganisationException(source, List.of(at + "not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read city map from " + source, e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidOrganisationException(source, List.of("the file is empty"));
        }
        List<String> problems = CityMapValidator.problems(tree, city);
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationException(source, problems);
        }
        try {
            // Served compact: the file's own indentation would only make every wall download it larger.
            byte[] json = OrgLoader.MAPPER.writeValueAsBytes(tree);
            return new CityMap(json, etag(json), tree.get("features").size());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map that was just read cannot be written again", e);
        }
    }

    public boolean isPresent() {
        return json != null;
    }

    /** The FeatureCollection as served, UTF-8 JSON; a copy, so no caller can change what others are served. */
    public byte[] json() {
        requirePresent();
        return json.clone();
    }

    /** A strong entity tag of {@link #json()}, unquoted: a hash of the served bytes. */
    public String etag() {
        requirePresent();
        return etag;
    }

    public int features() {
        return features;
    }

    private void requirePresent() {
        if (json == null) {
            throw new IllegalStateException("the city has no map");
        }
    }

    private static String etag(byte[] json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
