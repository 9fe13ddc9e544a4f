package org.gridsteward.demo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * The ids of the reports the simulator has started and not yet seen closed, so that after a restart it knows
 * which reports of the log are its own to carry on; where each one stands is read from the log itself. A small
 * collection, read whole once at start.
 */
final class OpenReports {
    private final MongoCollection<Document> reports;

    OpenReports(MongoDatabase database) {
        this.reports = database.getCollection("demo_open_reports");
    }

    void add(String reportId) {
        try {
            reports.insertOne(new Document("_id", reportId));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    void remove(String reportId) {
        reports.deleteOne(eq("_id", reportId));
    }

    List<String> all() {
        List<String> ids = new ArrayList<>();
        for (Document document : reports.find()) {
            ids.add(document.getString("_id"));
        }
        return ids;
    }
}
