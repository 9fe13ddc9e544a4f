package org.gridsteward.auth;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.gridsteward.access.Scope;

/**
 * The display tokens issued, keyed by token id ({@code jti}): every request with a display token looks its
 * id up here, so revoking one takes effect on the next request.
 */
@ApplicationScoped
public class Displays {
    private final MongoCollection<Document> displays;

    public Displays(MongoDatabase database) {
        this.displays = database.getCollection("display_tokens");
    }

    public void record(Display display) {
        displays.insertOne(new Document("_id", display.id())
                .append("name", display.name())
                .append("scopeLevel", display.scope().level().name())
                .append("scopeIds", new ArrayList<>(display.scope().ids()))
                .append("issuedAt", display.issuedAt().toString())
                .append("expiresAt", display.expiresAt().toString())
                .append("revoked", false));
    }

    public Optional<Display> find(String id) {
        return Optional.ofNullable(displays.find(eq("_id", id)).first()).map(Displays::display);
    }

    public List<Display> all() {
        List<Display> all = new ArrayList<>();
        displays.find().forEach(doc -> all.add(display(doc)));
        return all;
    }

    /** @return false when there is no such display */
    public boolean revoke(String id) {
        return displays.updateOne(eq("_id", id), Updates.set("revoked", true)).getMatchedCount() == 1;
    }

    private static Display display(Document doc) {
        return new Display(doc.getString("_id"), doc.getString("name"),
                new Scope(Scope.Level.valueOf(doc.getString("scopeLevel")), new HashSet<>(doc.getList("scopeIds", String.class, List.of()))),
                Instant.parse(doc.getString("issuedAt")), Instant.parse(doc.getString("expiresAt")), doc.getBoolean("revoked", false));
    }
}
