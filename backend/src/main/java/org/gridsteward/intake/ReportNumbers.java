package org.gridsteward.intake;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.bson.Document;

/**
 * Report numbers a resident can read out over the phone: the local date and a daily sequence, all digits,
 * e.g. {@code 2026112300017}.
 *
 * <p>A node reserves the day's numbers in blocks with one atomic {@code $inc} of the day's counter and hands
 * them out from memory, so a submission does not wait for a round trip to the counter. Every block belongs
 * to one node alone, so numbers stay unique across nodes and restarts; what a node had not handed out when it
 * stopped is skipped, never reused, so numbers may have gaps and several nodes' numbers interleave.
 */
@ApplicationScoped
public class ReportNumbers {
    static final ZoneId CITY_TIME = ZoneId.of("Asia/Shanghai");
    static final int BLOCK = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(CITY_TIME);
    private static final FindOneAndUpdateOptions RESERVE =
            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);

    private final MongoCollection<Document> counters;
    private final int block;
    private String day;
    private long next;
    private long last = -1;

    @Inject
    public ReportNumbers(MongoDatabase database) {
        this(database, BLOCK);
    }

    ReportNumbers(MongoDatabase database, int block) {
        this.counters = database.getCollection("counters");
        this.block = block;
    }

    public synchronized String next(Instant at) {
        String today = DAY.format(at);
        if (!today.equals(day) || next > last) {
            Document counter = counters.findOneAndUpdate(
                    eq("_id", "report-number:" + today), Updates.inc("next", (long) block), RESERVE);
            last = counter.get("next", Number.class).longValue();
            next = last - block + 1;
            day = today;
        }
        return today + String.format("%05d", next++);
    }
}
