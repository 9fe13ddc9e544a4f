package org.gridsteward.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.gridsteward.ledger.MerkleProofs;
import org.gridsteward.ledger.TreeHead;
import org.gridsteward.ledger.mongo.LedgerKey;
import org.gridsteward.views.Poll;
import org.junit.jupiter.api.Test;

/** An auditor checks the running server's log over HTTP with nothing but the answers and the public key. */
@QuarkusTest
class LedgerApiTest {
    private static final Base64.Decoder B64 = Base64.getDecoder();

    @Test
    void signedHeadsVerifyWithThePublishedKey() throws Exception {
        JsonPath head = latestHeadAfterASubmission();
        PublicKey key = LedgerKey.parsePublic(SignIn.as(SignIn.AUDITOR).get("/api/audit/key").then().statusCode(200)
                .body("algorithm", equalTo("Ed25519")).extract().path("publicKey"));
        TreeHead signed = new TreeHead(head.getLong("treeSize"), B64.decode(head.getString("rootHash")),
                Instant.parse(head.getString("timestamp")), B64.decode(head.getString("signature")));
        assertThat(signed.verify(key)).isTrue();
    }

    @Test
    void anInclusionProofHoldsAgainstASignedHead() {
        JsonPath head = latestHeadAfterASubmission();
        long size = head.getLong("treeSize");
        long position = size - 1;
        JsonPath proof = SignIn.as(SignIn.AUDITOR).get("/api/audit/proof/inclusion?position=" + position + "&treeSize=" + size)
                .then().statusCode(200).extract().jsonPath();
        assertThat(proof.getString("rootHash")).isEqualTo(head.getString("rootHash"));
        List<byte[]> path = proof.getList("auditPath", String.class).stream().map(B64::decode).toList();
        assertThat(MerkleProofs.verifyInclusion(position, size, B64.decode(proof.getString("leafHash")), path,
                B64.decode(head.getString("rootHash")))).isTrue();
    }

    @Test
    void aConsistencyProofLinksTheFirstTreeToASignedHead() {
        JsonPath head = latestHeadAfterASubmission();
        long size = head.getLong("treeSize");
        JsonPath proof = SignIn.as(SignIn.AUDITOR).get("/api/audit/proof/consistency?from=1&to=" + size)
                .then().statusCode(200).extract().jsonPath();
        List<byte[]> hashes = proof.getList("proof", String.class).stream().map(B64::decode).toList();
        assertThat(MerkleProofs.verifyConsistency(1, size, B64.decode(proof.getString("firstRootHash")),
                B64.decode(head.getString("rootHash")), hashes)).isTrue();
    }

    @Test
    void theUntouchedLogVerifiesAsIntact() {
        long size = latestHeadAfterASubmission().getLong("treeSize");
        JsonPath verdict = SignIn.as(SignIn.AUDITOR).get("/api/audit/verify").then().statusCode(200).extract().jsonPath();
        assertThat(verdict.getString("status")).isEqualTo("intact");
        assertThat(verdict.getLong("verifiedUpTo")).isGreaterThanOrEqualTo(size);
        assertThat(verdict.getMap("$")).doesNotContainKeys("reason", "firstBadPosition");
    }

    @Test
    void aProofBeyondTheSealedTreeIsRefusedNamingTheField() {
        SignIn.as(SignIn.AUDITOR).get("/api/audit/proof/inclusion?position=0&treeSize=999999999")
                .then().statusCode(422).contentType(containsString("application/problem+json"))
                .body(containsString("treeSize"));
        SignIn.as(SignIn.AUDITOR).get("/api/audit/proof/consistency?from=x&to=1")
                .then().statusCode(422).contentType(containsString("application/problem+json"))
                .body(containsString("from"));
    }

    private static JsonPath latestHeadAfterASubmission() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"gridId\":\"g-01-01\",\"categoryId\":\"parking\",\"description\":\"楼道堆物\"}")
                .post("/api/reports").then().statusCode(201);
        JsonPath[] latest = {null};
        Poll.until(Duration.ofSeconds(30), () -> {
            JsonPath heads = SignIn.as(SignIn.AUDITOR).get("/api/audit/tree-heads").then().statusCode(200).extract().jsonPath();
            int count = heads.getList("$").size();
            latest[0] = count == 0 ? null : new JsonPath(heads.prettify()).setRootPath("[" + (count - 1) + "]");
            return latest[0] != null;
        }, "a signed tree head");
        return latest[0];
    }
}
