package org.gridsteward.ledger.mongo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridsteward.ledger.LogVerifier;
import org.gridsteward.ledger.TreeHead;
import org.gridsteward.ledger.Verdict;
import org.gridsteward.runtime.DurableH2Backend;

/**
 * Verifies the event log from the command line, outside the server (docs/audit.md): against the heads kept in
 * the database, or against an auditor's own copies of them ({@code --heads}), always with the public key the
 * auditor holds. Prints the verdict as one JSON line; exits 0 when intact, 1 when broken, 2 on a usage error.
 *
 * <pre>
 * java -cp 'backend/target/quarkus-app/app/*:backend/target/quarkus-app/lib/boot/*:backend/target/quarkus-app/lib/main/*' org.gridsteward.ledger.mongo.VerifyLog \
 *     --public-key key.txt (--mongodb mongodb://host/ | --data-dir data) [--database grid_steward] [--heads heads.json]
 * </pre>
 */
public final class VerifyLog {
    private VerifyLog() {}

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out));
    }

    /** Verifies as the arguments say, printing the verdict; answers the exit status. */
    static int run(String[] args, PrintStream out) throws Exception {
        Map<String, String> options = options(args);
        if (options == null || !options.containsKey("public-key")
                || options.containsKey("mongodb") == options.containsKey("data-dir")) {
            System.err.println("usage: VerifyLog --public-key FILE (--mongodb URL | --data-dir DIR) [--database NAME] [--heads FILE]");
            return 2;
        }
        PublicKey key = LedgerKey.parsePublic(Files.readString(Path.of(options.get("public-key")), StandardCharsets.US_ASCII)
                .replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "").replaceAll("\\s", ""));
        MongoServer embedded = null;
        String url = options.get("mongodb");
        if (url == null) {
            // The server's own embedded store, opened while the server is stopped (the file admits one process).
            embedded = new MongoServer(new DurableH2Backend(Path.of(options.get("data-dir")).resolve("grid-steward.mv").toString()));
            embedded.bind(new InetSocketAddress("127.0.0.1", 0));
            url = embedded.getConnectionString();
        }
        Verdict verdict;
        try (MongoClient client = MongoClients.create(url)) {
            MongoLedger ledger = new MongoLedger(client.getDatabase(options.getOrDefault("database", "grid_steward")));
            List<TreeHead> heads = options.containsKey("heads") ? readHeads(Path.of(options.get("heads"))) : ledger.heads();
            verdict = new LogVerifier(ledger, key).verify(heads);
        } finally {
            if (embedded != null) {
                embedded.shutdown();
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", verdict.status());
        if (verdict.isIntact()) {
            answer.put("verifiedUpTo", verdict.verifiedUpTo());
        } else {
            answer.put("firstBadPosition", verdict.firstBadPosition());
            answer.put("reason", verdict.reason());
        }
        out.println(new ObjectMapper().writeValueAsString(answer));
        return verdict.isIntact() ? 0 : 1;
    }

    /** Heads as GET /api/audit/tree-heads lists them. */
    static List<TreeHead> readHeads(Path file) throws Exception {
        List<TreeHead> heads = new ArrayList<>();
        for (JsonNode head : new ObjectMapper().readTree(file.toFile())) {
            heads.add(new TreeHead(head.get("treeSize").asLong(), Base64.getDecoder().decode(head.get("rootHash").asText()),
                    Instant.parse(head.get("timestamp").asText()), Base64.getDecoder().decode(head.get("signature").asText())));
        }
        return heads;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                return null;
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
