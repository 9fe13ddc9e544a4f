package org.gridsteward.intake;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.bson.Document;

/**
 * Report numbers a resident can read out over the phone: the local date and a daily sequence, all digits,
 * e.g. {@code 2026112300017}.
 */
@ApplicationScoped
public class ReportNumbers {
    static final ZoneId CITY_TIME = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(CITY_TIME);

    private final MongoCollection<Document> counters;

    public ReportNumbers(MongoDatabase database) {
        this.counters = database.getCollection("counters");
    }

    public String next(Instant at) {
        String day = DAY.format(at);
        Document counter = counters.findOneAndUpdate(
                eq("_id", "report-number:" + day),
                Updates.inc("next", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return day + String.format("%05d", counter.get("next", Number.class).longValue());
    }
}
