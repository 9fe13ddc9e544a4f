package org.gridsteward.auth;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gridsteward.access.Scope;
import org.gridsteward.events.Role;

/**
 * The accounts, one document per username ({@code _id}), so signing in and checking a token are point
 * look-ups. Passwords are kept only as bcrypt hashes.
 */
@ApplicationScoped
public class Accounts {
    /** Checked against when the username is unknown, so the answer takes as long as for a wrong password. */
    private final String decoyHash;
    private final MongoCollection<Document> accounts;
    private final int cost;

    public Accounts(MongoDatabase database, @ConfigProperty(name = "grid.auth.bcrypt-cost", defaultValue = "12") int cost) {
        this.accounts = database.getCollection("users");
        this.cost = cost;
        this.decoyHash = BcryptUtil.bcryptHash("decoy-password-never-used", cost);
    }

    public boolean isEmpty() {
        return accounts.find().limit(1).first() == null;
    }

    /** @return false when the username is taken */
    public boolean create(String username, String password, Role role, Scope scope, String departmentId, Instant at) {
        try {
            accounts.insertOne(new Document("_id", username)
                    .append("passwordHash", BcryptUtil.bcryptHash(password, cost))
                    .append("role", role.name())
                    .append("scopeLevel", scope.level().name())
                    .append("scopeIds", new ArrayList<>(scope.ids()))
                    .append("departmentId", departmentId)
                    .append("enabled", true)
                    .append("generation", 0)
                    .append("createdAt", at.toString()));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    public Optional<Account> find(String username) {
        return Optional.ofNullable(accounts.find(eq("_id", username)).first()).map(Accounts::account);
    }

    /** The account whose password this is, if it is enabled; empty for every other case alike. */
    public Optional<Account> authenticate(String username, String password) {
        Document doc = accounts.find(eq("_id", username)).first();
        if (doc == null) {
            BcryptUtil.matches(password, decoyHash);
            return Optional.empty();
        }
        if (!BcryptUtil.matches(password, doc.getString("passwordHash")) || !doc.getBoolean("enabled", false)) {
            return Optional.empty();
        }
        return Optional.of(account(doc));
    }

    public List<Account> all() {
        List<Account> all = new ArrayList<>();
        accounts.find().forEach(doc -> all.add(account(doc)));
        return all;
    }

    /** @return false when there is no such account */
    public boolean setEnabled(String username, boolean enabled) {
        return accounts.updateOne(eq("_id", username),
                Updates.combine(Updates.set("enabled", enabled), Updates.inc("generation", 1))).getMatchedCount() == 1;
    }

    /** @return false when there is no such account */
    public boolean resetPassword(String username, String password) {
        return accounts.updateOne(eq("_id", username), Updates.combine(
                Updates.set("passwordHash", BcryptUtil.bcryptHash(password, cost)),
                Updates.inc("generation", 1))).getMatchedCount() == 1;
    }

    private static Account account(Document doc) {
        List<String> ids = doc.getList("scopeIds", String.class, List.of());
        return new Account(doc.getString("_id"), Role.valueOf(doc.getString("role")),
                new Scope(Scope.Level.valueOf(doc.getString("scopeLevel")), new HashSet<>(ids)),
                doc.getString("departmentId"), doc.getBoolean("enabled", false), doc.getInteger("generation", 0));
    }
}
