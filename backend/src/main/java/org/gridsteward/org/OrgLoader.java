package org.gridsteward.org;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a city organisation definition file and refuses it, with every problem named, unless it is valid. */
public final class OrgLoader {
    /** The demo city shipped with the application, used when no file is configured. */
    public static final String DEMO_RESOURCE = "org/demo-city.json";

    // A mapper of our own: the application's shared one ignores unknown fields, and a typo in this file must not
    // pass silently. Duplicate keys are refused for the same reason.
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private OrgLoader() {}

    public static CityOrganisation load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read city organisation file " + file, e);
        }
    }

    /** Loads a definition from the classpath, e.g. {@link #DEMO_RESOURCE}. */
    public static CityOrganisation loadResource(String resource) {
        try (InputStream in = OrgLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No city organisation resource " + resource + " on the classpath");
            }
            return load(in, "classpath:" + resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read city organisation resource " + resource, e);
        }
    }

    public static CityOrganisation loadDemo() {
        return loadResource(DEMO_RESOURCE);
    }

    /**
     * @param source where the stream comes from, for the error message
     * @throws InvalidOrganisationException when the content is not JSON or breaks any rule
     */
    public static CityOrganisation load(InputStream in, String source) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null
                    ? ""
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
            throw new InvalidOrganisationException(source, List.of(at + "not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read city organisation from " + source, e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidOrganisationException(source, List.of("the file is empty"));
        }
        List<String> problems = OrgValidator.problems(tree);
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationException(source, problems);
        }
        try {
            return new CityOrganisation(MAPPER.treeToValue(tree, OrgDefinition.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A definition that passed validation does not map onto the model", e);
        }
    }
}
