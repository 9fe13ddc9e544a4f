package org.gridsteward.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridsteward.views.ViewFixture.GRID;
import static org.gridsteward.views.ViewFixture.hoursAgo;
import static org.gridsteward.views.ViewFixture.submitted;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gridsteward.store.EventJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The wall's schema (events module, wall/frames.schema.json) describes the views as they are written. */
class ViewSchemaTest {
    private static final ObjectMapper JSON = EventJson.objectMapper();
    private static JsonNode schema;

    @BeforeAll
    static void readSchema() throws Exception {
        try (InputStream in = ViewSchemaTest.class.getResourceAsStream("/wall/frames.schema.json")) {
            schema = JSON.readTree(in);
        }
    }

    private static List<String> properties(String definition) {
        List<String> fields = new ArrayList<>();
        schema.path("$defs").path(definition).path("properties").fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
    }

    @Test
    void everySectionOfAScopeViewIsDescribed() {
        assertThat(properties("ScopeView")).containsExactlyInAnyOrderElementsOf(components(ScopeView.class));
        List<String> sections = new ArrayList<>();
        schema.at("/$defs/DeltaFrame/properties/section/enum").forEach(s -> sections.add(s.asText()));
        assertThat(sections).containsExactlyInAnyOrderElementsOf(Arrays.stream(Section.values()).map(Section::field).toList());
    }

    @Test
    void aGridsRowIsDescribedFieldForFieldWithItsLevels() {
        assertThat(properties("GridState")).containsExactlyInAnyOrderElementsOf(components(GridState.class));
        List<String> levels = new ArrayList<>();
        schema.at("/$defs/GridState/properties/level/enum").forEach(l -> levels.add(l.asText()));
        assertThat(levels).containsExactlyInAnyOrderElementsOf(Arrays.stream(GridLevel.values()).map(GridLevel::field).toList());
    }

    @Test
    void aWrittenGridsRowHasEveryRequiredFieldAndALevelTheSchemaNames() {
        ViewFixture f = new ViewFixture();
        f.feed(submitted("r1", GRID, hoursAgo(1)));

        JsonNode row = JSON.valueToTree(f.view("city")).path("grids").path(0);
        List<String> written = new ArrayList<>();
        row.fieldNames().forEachRemaining(written::add);
        List<String> required = new ArrayList<>();
        schema.at("/$defs/GridState/required").forEach(r -> required.add(r.asText()));
        assertThat(written).containsExactlyInAnyOrderElementsOf(required);
        assertThat(row.path("level").asText()).isEqualTo("blue");
        assertThat(row.path("satisfactionRate").isNull()).isTrue();
    }
}
