package org.gridsteward.photos;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.gridsteward.runtime.DurableH2Backend;
import org.gridsteward.runtime.EmbeddedMemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GridFS store against the embedded wire-protocol server, on its memory and its H2 file backend. */
class PhotoStoreTest {
    private static final int MAX = 64 * 1024;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDirectory;

    private MongoServer server;
    private MongoClient client;

    @AfterEach
    void stop() {
        shutdown();
    }

    @Test
    void aStoredPhotoReadsBackByteForByteWithItsTypeAndDigest() {
        PhotoStore store = open(EmbeddedMemoryBackend::new);
        byte[] content = bytes(40_000, 1);

        StoredPhoto stored = store.store(ImageType.PNG, content);
        PhotoStore.Photo read = store.read(stored.photoId()).orElseThrow();

        assertThat(read.content()).isEqualTo(content);
        assertThat(read.stored()).isEqualTo(stored);
        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(sha256(content)));
        assertThat(stored.photoId()).matches("[A-Za-z0-9_-]{22}");
    }

    @Test
    void aPhotoOfTheLargestSizeIsOneChunk() {
        PhotoStore store = open(EmbeddedMemoryBackend::new);

        StoredPhoto stored = store.store(ImageType.JPEG, bytes(MAX, 2));

        assertThat(client.getDatabase("photos_test").getCollection("photos.chunks")
                .countDocuments(new org.bson.Document("files_id", stored.photoId()))).isEqualTo(1);
        assertThat(store.read(stored.photoId()).orElseThrow().content()).hasSize(MAX);
    }

    @Test
    void anUnknownOrMalformedIdReadsAsNoPhoto() {
        PhotoStore store = open(EmbeddedMemoryBackend::new);

        assertThat(store.read("AAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
        assertThat(store.read("../../etc/passwd")).isEmpty();
    }

    @Test
    void aPhotoBelongsToTheFirstReportThatClaimsIt() {
        PhotoStore store = open(EmbeddedMemoryBackend::new);
        String id = store.store(ImageType.JPEG, bytes(100, 3)).photoId();

        assertThat(store.claim(id, "r-1")).isEqualTo(PhotoClaim.ATTACHED);
        assertThat(store.claim(id, "r-1")).isEqualTo(PhotoClaim.ATTACHED);
        assertThat(store.claim(id, "r-2")).isEqualTo(PhotoClaim.TAKEN_BY_ANOTHER_REPORT);
        assertThat(store.claim("AAAAAAAAAAAAAAAAAAAAAA", "r-2")).isEqualTo(PhotoClaim.UNKNOWN);
    }

    @Test
    void aReleasedPhotoMayBeClaimedByAnotherReportButOnlyItsOwnerReleasesIt() {
        PhotoStore store = open(EmbeddedMemoryBackend::new);
        String id = store.store(ImageType.JPEG, bytes(100, 4)).photoId();
        store.claim(id, "r-1");

        store.release(List.of(id), "r-2");
        assertThat(store.claim(id, "r-2")).isEqualTo(PhotoClaim.TAKEN_BY_ANOTHER_REPORT);
        store.release(List.of(id), "r-1");
        assertThat(store.claim(id, "r-2")).isEqualTo(PhotoClaim.ATTACHED);
    }

    @Test
    void photosOnTheFileBackendSurviveARestart() {
        String file = dataDirectory.resolve("photos.mv").toString();
        byte[] content = bytes(50_000, 5);
        String id = open(() -> new DurableH2Backend(file)).store(ImageType.WEBP, content).photoId();
        PhotoStore reopened = open(() -> new DurableH2Backend(file));

        assertThat(reopened.read(id).orElseThrow().content()).isEqualTo(content);
        assertThat(reopened.claim(id, "r-1")).isEqualTo(PhotoClaim.ATTACHED);
    }

    /** Stops the server running before, if any, and starts one on the new backend. */
    private PhotoStore open(Supplier<MongoBackend> backend) {
        shutdown();
        server = new MongoServer(backend.get());
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        client = MongoClients.create(server.getConnectionString());
        return new PhotoStore(client.getDatabase("photos_test"), MAX, CLOCK);
    }

    private void shutdown() {
        if (client != null) {
            client.close();
            client = null;
        }
        if (server != null) {
            server.shutdown();
            server = null;
        }
    }

    static byte[] bytes(int length, long seed) {
        byte[] content = new byte[length];
        new Random(seed).nextBytes(content);
        return content;
    }

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
