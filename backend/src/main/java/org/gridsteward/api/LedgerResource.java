package org.gridsteward.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridsteward.access.Action;
import org.gridsteward.ledger.LogVerifier;
import org.gridsteward.ledger.MerkleProofs;
import org.gridsteward.ledger.NodeId;
import org.gridsteward.ledger.Range;
import org.gridsteward.ledger.TreeHead;
import org.gridsteward.ledger.Verdict;
import org.gridsteward.ledger.mongo.LedgerKey;
import org.gridsteward.ledger.mongo.MongoLedger;

/** The tamper-evident log, for auditors: signed tree heads, the key that signs them, proofs, and a full check. */
@Path("/api/audit")
@Tag(name = "audit")
public class LedgerResource {
    private static final Base64.Encoder B64 = Base64.getEncoder();

    private final MongoLedger ledger;
    private final LedgerKey key;

    public LedgerResource(MongoLedger ledger, LedgerKey key) {
        this.ledger = ledger;
        this.key = key;
    }

    public record Key(String algorithm, String publicKey) {}

    public record Head(long treeSize, String rootHash, String timestamp, String signature) {
        static Head of(TreeHead head) {
            return new Head(head.size(), B64.encodeToString(head.root()), head.time().toString(), B64.encodeToString(head.signature()));
        }
    }

    public record Inclusion(long position, long treeSize, String leafHash, String rootHash, List<String> auditPath) {}

    public record Consistency(long from, long to, String firstRootHash, String secondRootHash, List<String> proof) {}

    @GET
    @Path("/key")
    @Produces(MediaType.APPLICATION_JSON)
    @Guard(Action.READ_LEDGER)
    @Operation(summary = "The Ed25519 public key that signs tree heads (base64 of its X.509 SubjectPublicKeyInfo)")
    public Key key() {
        return new Key(TreeHead.ALGORITHM, key.publicKeyBase64());
    }

    @GET
    @Path("/tree-heads")
    @Produces(MediaType.APPLICATION_JSON)
    @Guard(Action.READ_LEDGER)
    @Operation(summary = "Every signed tree head, smallest first")
    public List<Head> heads() {
        return ledger.heads().stream().map(Head::of).toList();
    }

    @GET
    @Path("/proof/inclusion")
    @Produces(MediaType.APPLICATION_JSON)
    @Guard(Action.READ_LEDGER)
    @Operation(summary = "The audit path of the event at 'position' in the tree of size 'treeSize' (RFC 6962 §2.1.1)")
    public Inclusion inclusion(@QueryParam("position") String position, @QueryParam("treeSize") String treeSize) {
        long sealed = ledger.sealedSize();
        long size = number("treeSize", treeSize, 1, sealed);
        long at = number("position", position, 0, size - 1);
        byte[] leaf = ledger.nodes(List.of(new NodeId(0, at))).get(new NodeId(0, at));
        return new Inclusion(at, size, B64.encodeToString(leaf), root(size), encode(ledger.hashes(MerkleProofs.inclusion(at, size))));
    }

    @GET
    @Path("/proof/consistency")
    @Produces(MediaType.APPLICATION_JSON)
    @Guard(Action.READ_LEDGER)
    @Operation(summary = "The proof that the tree of size 'from' is a prefix of the tree of size 'to' (RFC 6962 §2.1.2)")
    public Consistency consistency(@QueryParam("from") String from, @QueryParam("to") String to) {
        long sealed = ledger.sealedSize();
        long second = number("to", to, 1, sealed);
        long first = number("from", from, 1, second);
        return new Consistency(first, second, root(first), root(second), encode(ledger.hashes(MerkleProofs.consistency(first, second))));
    }

    @GET
    @Path("/verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Guard(Action.READ_LEDGER)
    @Operation(summary = "Recomputes every sealed leaf and the tree against every signed head")
    public Map<String, Object> verify() {
        Verdict verdict = new LogVerifier(ledger, key.publicKey()).verify(ledger.heads());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", verdict.status());
        if (verdict.isIntact()) {
            answer.put("verifiedUpTo", verdict.verifiedUpTo());
        } else {
            answer.put("firstBadPosition", verdict.firstBadPosition());
            answer.put("reason", verdict.reason());
        }
        return answer;
    }

    private String root(long size) {
        return B64.encodeToString(ledger.hashes(List.of(new Range(0, size))).get(0));
    }

    private static List<String> encode(List<byte[]> hashes) {
        return hashes.stream().map(B64::encodeToString).toList();
    }

    private static long number(String field, String text, long min, long max) {
        if (text == null) {
            throw new RequestRuleException(field, "is required");
        }
        if (max < min) {
            throw new RequestRuleException(field, "cannot be answered yet: the sealed tree has no positions");
        }
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new RequestRuleException(field, "must be a whole number from " + min + " to " + max);
    }
}
