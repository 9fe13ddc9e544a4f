package org.gridsteward.photos;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Photos in a GridFS bucket beside the event log, written by the driver's GridFS so any GridFS tool reads them.
 * Every photo is exactly one chunk (the chunk size is the largest photo accepted), and the chunks carry a unique
 * index on {@code files_id}, so reading a photo is two point look-ups (its file document by {@code _id}, its one
 * chunk by {@code files_id}) on a real MongoDB and on the embedded server alike; the driver's own compound index
 * answers nothing on the embedded server, where a chunk read would otherwise scan every photo stored
 * (docs/benchmarks.md, "Photos").
 *
 * <p>Photo ids are 128 random bits: a photo is attached by naming its id, and a guessable id would let anyone
 * attach a stranger's photo to a report of their own and read it back with that report's receipt.
 */
public final class PhotoStore {
    public static final String BUCKET = "photos";
    private static final Pattern PHOTO_ID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final String OWNER = "metadata.reportId";

    private final GridFSBucket bucket;
    private final MongoCollection<Document> files;
    private final MongoCollection<Document> chunks;
    private final int chunkSize;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** {@code maxPhotoBytes}: the largest photo that will ever be stored, so that each is one chunk. */
    public PhotoStore(MongoDatabase database, int maxPhotoBytes, Clock clock) {
        this.chunkSize = maxPhotoBytes;
        this.bucket = GridFSBuckets.create(database, BUCKET).withChunkSizeBytes(maxPhotoBytes);
        this.files = database.getCollection(BUCKET + ".files");
        this.chunks = database.getCollection(BUCKET + ".chunks");
        this.clock = clock;
        // Unique: a second chunk for one photo would mean the one-chunk design no longer holds; fail rather than scan.
        chunks.createIndex(Indexes.ascending("files_id"), new IndexOptions().unique(true).name("one_chunk_per_photo"));
    }

    /** Stores the photo as given (already checked and stripped); answers its new id. */
    public StoredPhoto store(ImageType type, byte[] content) {
        if (content.length == 0 || content.length > chunkSize) {
            throw new IllegalArgumentException("a photo is 1 to " + chunkSize + " bytes, not " + content.length);
        }
        String id = newId();
        String sha256 = sha256(content);
        Document metadata = new Document("contentType", type.mediaType())
                .append("bytes", content.length)
                .append("sha256", sha256)
                .append("uploadedAt", Date.from(clock.instant()));
        bucket.uploadFromStream(new BsonString(id), id, new ByteArrayInputStream(content),
                new GridFSUploadOptions().chunkSizeBytes(chunkSize).metadata(metadata));
        return new StoredPhoto(id, type.mediaType(), content.length, sha256);
    }

    /**
     * The photo and its bytes; empty when there is no such photo. Read as its file document and its one chunk, each
     * by a key with a unique index: the driver's download stream asks for chunks by {@code files_id} and
     * {@code n >= k}, a query the embedded server answers only by scanning every chunk stored.
     */
    public Optional<Photo> read(String photoId) {
        if (!PHOTO_ID.matcher(photoId).matches()) {
            return Optional.empty();
        }
        Document file = files.find(Filters.eq("_id", photoId)).first();
        if (file == null) {
            return Optional.empty();
        }
        Document chunk = chunks.find(Filters.eq("files_id", photoId)).first();
        long length = ((Number) file.get("length")).longValue();
        byte[] content = chunk == null ? new byte[0] : chunk.get("data", Binary.class).getData();
        if (content.length != length) {
            throw new IllegalStateException("photo " + photoId + " is stored incomplete: " + content.length + " of " + length + " bytes");
        }
        Document metadata = file.get("metadata", Document.class);
        return Optional.of(new Photo(new StoredPhoto(photoId, metadata.getString("contentType"), content.length,
                metadata.getString("sha256")), content));
    }

    /**
     * Attaches the photo to the report unless another report has it. Attaching it again to the same report
     * succeeds, so a retried submission with the same idempotency key attaches the same photos.
     */
    public PhotoClaim claim(String photoId, String reportId) {
        if (!PHOTO_ID.matcher(photoId).matches()) {
            return PhotoClaim.UNKNOWN;
        }
        long matched = files.updateOne(
                Filters.and(Filters.eq("_id", photoId), Filters.in(OWNER, Arrays.asList(null, reportId))),
                Updates.set(OWNER, reportId)).getMatchedCount();
        if (matched == 1) {
            return PhotoClaim.ATTACHED;
        }
        return files.find(Filters.eq("_id", photoId)).first() == null ? PhotoClaim.UNKNOWN : PhotoClaim.TAKEN_BY_ANOTHER_REPORT;
    }

    /** Frees photos this report claimed but never recorded, because its submission was refused. */
    public void release(List<String> photoIds, String reportId) {
        for (String photoId : photoIds) {
            files.updateOne(Filters.and(Filters.eq("_id", photoId), Filters.eq(OWNER, reportId)), Updates.unset(OWNER));
        }
    }

    private String newId() {
        byte[] bits = new byte[16];
        random.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A stored photo with its bytes. */
    public record Photo(StoredPhoto stored, byte[] content) {}
}
