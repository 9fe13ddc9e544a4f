package org.gridsteward.runtime;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseRestartTest {
    @TempDir
    Path dataDirectory;

    @Test
    void dataWrittenToTheEmbeddedFileDatabaseSurvivesARestart() {
        MongoConnection first = connection();
        first.database().getCollection("probe").insertOne(new Document("_id", "kept").append("value", 42));
        first.close();

        MongoConnection second = connection();
        Document found = second.database().getCollection("probe").find(eq("_id", "kept")).first();
        second.close();

        assertThat(found).isNotNull();
        assertThat(found.getInteger("value")).isEqualTo(42);
        assertThat(dataDirectory.resolve("grid-steward.mv")).exists();
    }

    private MongoConnection connection() {
        MongoConnection connection = new MongoConnection();
        connection.url = Optional.empty();
        connection.quarkusUrl = Optional.empty();
        connection.databaseName = "restart_test";
        connection.dataDirectory = dataDirectory;
        connection.embeddedStorage = "file";
        return connection;
    }
}
