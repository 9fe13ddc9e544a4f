package org.gridsteward.photos;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bson.BsonString;
import org.gridsteward.runtime.DurableH2Backend;
import org.gridsteward.runtime.EmbeddedMemoryBackend;
import org.junit.jupiter.api.Test;

/**
 * How long reading one photo takes as photos accumulate, on the embedded server: the driver's GridFS defaults
 * (255 KiB chunks, read through its compound {files_id, n} index, which the embedded server cannot use) against
 * {@link PhotoStore} (one chunk per photo, read through a unique index on files_id).
 *
 * <p>Not run by Surefire's default includes; run it alone with
 * {@code ./mvnw -B -ntp -pl backend -am test -Dtest=PhotoReadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Sizes: {@code -Dbench.photos.backends=memory,h2 -Dbench.photos.counts=100,1000 -Dbench.photos.bytes=300000 -Dbench.photos.reads=50}.
 */
class PhotoReadBenchmark {
    private static final int MAX = 5 * 1024 * 1024;

    @Test
    void readOnePhotoAsPhotosAccumulate() throws Exception {
        int[] counts = Arrays.stream(System.getProperty("bench.photos.counts", "100,1000").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        int size = Integer.getInteger("bench.photos.bytes", 300_000);
        int reads = Integer.getInteger("bench.photos.reads", 50);
        System.out.printf(Locale.ROOT, "load average at start: %.2f%n", load());
        for (String backendName : System.getProperty("bench.photos.backends", "memory,h2").split(",")) {
            for (int count : counts) {
                for (String design : List.of("driver defaults", "one chunk, files_id unique")) {
                    Path dir = Files.createTempDirectory("photo-bench");
                    Supplier<MongoBackend> backend = backendName.equals("memory")
                            ? EmbeddedMemoryBackend::new : () -> new DurableH2Backend(dir.resolve("b.mv").toString());
                    double median = run(backend, design, count, size, reads);
                    System.out.printf(Locale.ROOT, "%-6s | %5d photos of %d bytes | %-27s | median read %8.2f ms%n",
                            backendName, count, size, design, median);
                }
            }
        }
        System.out.printf(Locale.ROOT, "load average at end: %.2f%n", load());
    }

    private static double run(Supplier<MongoBackend> backend, String design, int count, int size, int reads) {
        MongoServer server = new MongoServer(backend.get());
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        try (MongoClient client = MongoClients.create(server.getConnectionString())) {
            MongoDatabase database = client.getDatabase("bench");
            List<String> ids = new ArrayList<>();
            Consumer<String> reader;
            Random random = new Random(1);
            byte[] content = new byte[size];
            if (design.startsWith("driver")) {
                GridFSBucket bucket = GridFSBuckets.create(database, "naive");
                for (int i = 0; i < count; i++) {
                    random.nextBytes(content);
                    String id = "p" + i;
                    bucket.uploadFromStream(new BsonString(id), id, new ByteArrayInputStream(content));
                    ids.add(id);
                }
                reader = id -> {
                    try (var stream = bucket.openDownloadStream(new BsonString(id))) {
                        stream.readAllBytes();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                };
            } else {
                PhotoStore store = new PhotoStore(database, MAX, Clock.systemUTC());
                for (int i = 0; i < count; i++) {
                    random.nextBytes(content);
                    ids.add(store.store(ImageType.JPEG, content).photoId());
                }
                reader = id -> store.read(id).orElseThrow();
            }
            for (int i = 0; i < Math.min(5, reads); i++) {
                reader.accept(ids.get(random.nextInt(ids.size())));
            }
            long[] nanos = new long[reads];
            for (int i = 0; i < reads; i++) {
                String id = ids.get(random.nextInt(ids.size()));
                long start = System.nanoTime();
                reader.accept(id);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            return nanos[reads / 2] / 1e6;
        } finally {
            server.shutdown();
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
