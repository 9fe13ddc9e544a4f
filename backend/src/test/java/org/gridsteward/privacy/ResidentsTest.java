package org.gridsteward.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.gridsteward.events.report.Reporter;
import org.gridsteward.views.Masking;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Residents' keys and phone index with the real MongoDB driver against the embedded server. */
class ResidentsTest {
    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private ResidentKeys keys;
    private Residents residents;
    private ResidentMasks masks;

    @BeforeEach
    void start(@TempDir Path dataDirectory) {
        server = new MongoServer(new MemoryBackend());
        server.bind();
        client = MongoClients.create(server.getConnectionString());
        database = client.getDatabase("residents");
        keys = new ResidentKeys(database);
        MasterKey master = new MasterKey(Optional.of(Base64.getEncoder().encodeToString(new byte[32])), dataDirectory);
        residents = new Residents(keys, master, Clock.systemUTC());
        masks = new ResidentMasks(keys, residents, Duration.ofMinutes(1));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void theSamePhoneNumberHoweverWrittenFindsTheSameResident() {
        Reporter first = residents.encrypt("张三丰", "13800138000");
        Reporter second = residents.encrypt("张三", "+86 138-0013-8000");

        assertThat(second.residentId()).isEqualTo(first.residentId());
        assertThat(residents.findByPhone("138 0013 8000")).contains(first.residentId());
        assertThat(residents.encrypt("李四", "13900139000").residentId()).isNotEqualTo(first.residentId());
    }

    @Test
    void theKeyStoreAndTheIndexHoldNoNameAndNoNumber() {
        residents.encrypt("张三丰", "13800138000");

        List<String> stored = new ArrayList<>();
        for (String collection : List.of(ResidentKeys.KEYS, ResidentKeys.PHONES)) {
            database.getCollection(collection).find().forEach(d -> stored.add(d.toJson()));
        }
        assertThat(stored).hasSize(2).noneMatch(d -> d.contains("13800138000") || d.contains("8000") || d.contains("张"));
    }

    @Test
    void aReporterOpensInClearAndMasked() {
        Reporter reporter = residents.encrypt("张三丰", "13800138000");

        assertThat(residents.reveal(reporter)).isEqualTo(new Residents.Revealed(reporter.residentId(), "张三丰", "13800138000", false));
        assertThat(masks.mask(reporter)).isEqualTo(new org.gridsteward.views.ReporterMasks.Masked("张*丰", "138****8000"));
    }

    @Test
    void aReporterWhoLeftNothingIsNoResident() {
        assertThat(residents.encrypt(" ", null)).isNull();
        assertThat(database.getCollection(ResidentKeys.KEYS).countDocuments()).isZero();
    }

    @Test
    void aForgottenResidentCannotBeOpenedNorFoundAndTheirNumberStartsAfresh() {
        Reporter reporter = residents.encrypt("张三丰", "13800138000");
        masks.mask(reporter);

        assertThat(keys.forget(reporter.residentId())).isTrue();
        masks.forget(reporter.residentId());

        assertThat(residents.reveal(reporter).erased()).isTrue();
        assertThat(masks.mask(reporter)).isEqualTo(new org.gridsteward.views.ReporterMasks.Masked(Masking.ERASED, Masking.ERASED));
        assertThat(residents.findByPhone("13800138000")).isEmpty();
        assertThat(database.getCollection(ResidentKeys.PHONES).countDocuments(new Document())).isZero();
        assertThat(residents.encrypt("张三丰", "13800138000").residentId()).isNotEqualTo(reporter.residentId());
        assertThat(keys.forget(reporter.residentId())).isFalse();
    }
}
