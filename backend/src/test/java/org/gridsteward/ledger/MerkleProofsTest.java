package org.gridsteward.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

/**
 * The tree, its proofs and their verification against the known answers that Certificate Transparency's
 * implementations share: the eight leaves, roots and proofs of transparency-dev/merkle, proof/verify_test.go
 * (originally google/certificate-transparency, cpp/merkletree/merkle_tree_test.cc), which follow the worked
 * examples of RFC 6962 §2.1.3.
 */
class MerkleProofsTest {
    private static final HexFormat HEX = HexFormat.of();

    private static final List<byte[]> LEAVES = hex("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f");

    /** The root of the tree of the first i+1 leaves. */
    private static final List<byte[]> ROOTS = hex(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    record Inclusion(long leaf, long size, List<byte[]> proof) {}

    record Consistency(long size1, long size2, List<byte[]> proof) {}

    private static final List<Inclusion> INCLUSION = List.of(
            new Inclusion(0, 1, List.of()),
            new Inclusion(0, 8, hex("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
            new Inclusion(5, 8, hex("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
            new Inclusion(2, 3, hex("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")),
            new Inclusion(1, 5, hex("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")));

    private static final List<Consistency> CONSISTENCY = List.of(
            new Consistency(1, 1, List.of()),
            new Consistency(1, 8, hex("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
            new Consistency(6, 8, hex("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
            new Consistency(2, 5, hex("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")),
            new Consistency(6, 7, hex("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")));

    @Test
    void theRootOfEveryPrefixIsTheKnownOne() {
        CompactRange tree = new CompactRange();
        for (int i = 0; i < LEAVES.size(); i++) {
            tree.append(Hashes.leaf(LEAVES.get(i)));
            assertThat(HEX.formatHex(tree.root())).as("size " + (i + 1)).isEqualTo(HEX.formatHex(ROOTS.get(i)));
        }
    }

    @Test
    void theEmptyTreeHashesToTheHashOfNothing() {
        assertThat(HEX.formatHex(new CompactRange().root()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void inclusionProofsAreTheKnownOnesAndVerify() {
        Map<NodeId, byte[]> nodes = storedNodes(LEAVES.size());
        for (Inclusion known : INCLUSION) {
            List<byte[]> built = hashes(MerkleProofs.inclusion(known.leaf(), known.size()), nodes);
            assertThat(hexAll(built)).as(known.toString()).isEqualTo(hexAll(known.proof()));
            byte[] leaf = Hashes.leaf(LEAVES.get((int) known.leaf()));
            assertThat(MerkleProofs.verifyInclusion(known.leaf(), known.size(), leaf, known.proof(), root(known.size()))).isTrue();
        }
    }

    @Test
    void consistencyProofsAreTheKnownOnesAndVerify() {
        Map<NodeId, byte[]> nodes = storedNodes(LEAVES.size());
        for (Consistency known : CONSISTENCY) {
            List<byte[]> built = hashes(MerkleProofs.consistency(known.size1(), known.size2()), nodes);
            assertThat(hexAll(built)).as(known.toString()).isEqualTo(hexAll(known.proof()));
            assertThat(MerkleProofs.verifyConsistency(known.size1(), known.size2(), root(known.size1()), root(known.size2()), known.proof()))
                    .as(known.toString()).isTrue();
        }
    }

    @Test
    void aTamperedInclusionProofIsRefused() {
        Inclusion known = INCLUSION.get(2);
        byte[] leaf = Hashes.leaf(LEAVES.get((int) known.leaf()));
        byte[] root = root(known.size());
        for (int i = 0; i < known.proof().size(); i++) {
            List<byte[]> forged = new ArrayList<>(known.proof());
            byte[] flipped = forged.get(i).clone();
            flipped[0] ^= 8;
            forged.set(i, flipped);
            assertThat(MerkleProofs.verifyInclusion(known.leaf(), known.size(), leaf, forged, root)).as("element " + i).isFalse();
        }
        assertThat(MerkleProofs.verifyInclusion(known.leaf() + 1, known.size(), leaf, known.proof(), root)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(known.leaf(), known.size() * 2, leaf, known.proof(), root)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(known.leaf(), known.size(), Hashes.leaf(new byte[] {1}), known.proof(), root)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(known.leaf(), known.size(), leaf, known.proof().subList(0, 2), root)).isFalse();
        List<byte[]> longer = new ArrayList<>(known.proof());
        longer.add(root);
        assertThat(MerkleProofs.verifyInclusion(known.leaf(), known.size(), leaf, longer, root)).isFalse();
    }

    @Test
    void aTamperedConsistencyProofIsRefused() {
        Consistency known = CONSISTENCY.get(2);
        byte[] first = root(known.size1());
        byte[] second = root(known.size2());
        for (int i = 0; i < known.proof().size(); i++) {
            List<byte[]> forged = new ArrayList<>(known.proof());
            byte[] flipped = forged.get(i).clone();
            flipped[0] ^= 16;
            forged.set(i, flipped);
            assertThat(MerkleProofs.verifyConsistency(known.size1(), known.size2(), first, second, forged)).as("element " + i).isFalse();
        }
        assertThat(MerkleProofs.verifyConsistency(known.size1(), known.size2(), second, first, known.proof())).isFalse();
        assertThat(MerkleProofs.verifyConsistency(known.size1() - 1, known.size2(), first, second, known.proof())).isFalse();
        assertThat(MerkleProofs.verifyConsistency(known.size1(), known.size2(), first, second, List.of())).isFalse();
        assertThat(MerkleProofs.verifyConsistency(known.size1(), known.size2(), first, second, known.proof().subList(0, 2))).isFalse();
    }

    @Test
    void proofsFromStoredNodesVerifyForEveryPairOfSizesUpTo70() {
        int count = 70;
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leaves.add(Hashes.leaf(new byte[] {(byte) i, (byte) (i * 7)}));
        }
        Map<NodeId, byte[]> nodes = new HashMap<>();
        CompactRange tree = new CompactRange();
        List<byte[]> roots = new ArrayList<>();
        roots.add(tree.root());
        for (byte[] leaf : leaves) {
            tree.append(leaf).forEach(c -> nodes.put(c.id(), c.hash()));
            roots.add(tree.root());
        }
        for (int n = 1; n <= count; n++) {
            assertThat(CompactRange.resume(n, nodes).root()).isEqualTo(roots.get(n));
            assertThat(new Range(0, n).hash(nodes)).isEqualTo(roots.get(n));
            for (int m = 0; m < n; m++) {
                List<byte[]> path = hashes(MerkleProofs.inclusion(m, n), nodes);
                assertThat(MerkleProofs.verifyInclusion(m, n, leaves.get(m), path, roots.get(n))).as(m + " in " + n).isTrue();
            }
            for (int m = 0; m <= n; m++) {
                List<byte[]> proof = hashes(MerkleProofs.consistency(m, n), nodes);
                assertThat(MerkleProofs.verifyConsistency(m, n, roots.get(m), roots.get(n), proof)).as(m + " to " + n).isTrue();
            }
        }
    }

    private static Map<NodeId, byte[]> storedNodes(int size) {
        Map<NodeId, byte[]> nodes = new HashMap<>();
        CompactRange tree = new CompactRange();
        for (int i = 0; i < size; i++) {
            tree.append(Hashes.leaf(LEAVES.get(i))).forEach(c -> nodes.put(c.id(), c.hash()));
        }
        return nodes;
    }

    private static byte[] root(long size) {
        return ROOTS.get((int) size - 1);
    }

    private static List<byte[]> hashes(List<Range> ranges, Map<NodeId, byte[]> nodes) {
        return ranges.stream().map(r -> r.hash(nodes)).toList();
    }

    private static List<String> hexAll(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }

    private static List<byte[]> hex(String... values) {
        List<byte[]> out = new ArrayList<>();
        for (String value : values) {
            out.add(HEX.parseHex(value));
        }
        return out;
    }
}
