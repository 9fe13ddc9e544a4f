package org.gridsteward.ledger;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Audit paths and consistency proofs of RFC 6962 §2.1.1 and §2.1.2, and their verification as RFC 9162
 * §2.1.3.2 and §2.1.4.2 spell it out. Proofs are built as lists of {@link Range}s, whose hashes the caller
 * fetches, so building one never needs the whole tree.
 */
public final class MerkleProofs {
    private MerkleProofs() {}

    /** PATH(m, D[n]): the ranges whose hashes prove leaf {@code m} in the tree of size {@code n}. */
    public static List<Range> inclusion(long m, long n) {
        if (m < 0 || m >= n) {
            throw new IllegalArgumentException("leaf " + m + " is not in a tree of size " + n);
        }
        List<Range> path = new ArrayList<>();
        path(m, 0, n, path);
        return path;
    }

    private static void path(long m, long lo, long hi, List<Range> out) {
        if (hi - lo <= 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(hi - lo);
        if (m < lo + k) {
            path(m, lo, lo + k, out);
            out.add(new Range(lo + k, hi));
        } else {
            path(m, lo + k, hi, out);
            out.add(new Range(lo, lo + k));
        }
    }

    /** PROOF(m, D[n]): the ranges proving the tree of size {@code m} is a prefix of the one of size {@code n}. */
    public static List<Range> consistency(long m, long n) {
        if (m < 0 || m > n) {
            throw new IllegalArgumentException("a tree of size " + m + " cannot precede one of size " + n);
        }
        List<Range> proof = new ArrayList<>();
        if (m > 0 && m < n) {
            subproof(m, 0, n, true, proof);
        }
        return proof;
    }

    private static void subproof(long m, long lo, long hi, boolean whole, List<Range> out) {
        long n = hi - lo;
        if (m == n) {
            if (!whole) {
                out.add(new Range(lo, hi));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, lo, lo + k, whole, out);
            out.add(new Range(lo + k, hi));
        } else {
            subproof(m - k, lo + k, hi, false, out);
            out.add(new Range(lo, lo + k));
        }
    }

    /** Whether {@code proof} shows leaf {@code index} with hash {@code leafHash} in the tree of size and root given. */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size || !wellFormed(leafHash) || !wellFormed(root)) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0 || !wellFormed(p)) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Hashes.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = Hashes.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /** Whether {@code proof} shows the tree of size {@code m} and root {@code first} is a prefix of the other. */
    public static boolean verifyConsistency(long m, long n, byte[] first, byte[] second, List<byte[]> proof) {
        if (m < 0 || m > n || !wellFormed(first) || !wellFormed(second)) {
            return false;
        }
        if (m == n) {
            return proof.isEmpty() && MessageDigest.isEqual(first, second);
        }
        if (m == 0) {
            return proof.isEmpty();
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(m) == 1) {
            path.add(0, first);
        }
        long fn = m - 1;
        long sn = n - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        if (!wellFormed(path.get(0))) {
            return false;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0 || !wellFormed(c)) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Hashes.node(c, fr);
                sr = Hashes.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = Hashes.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, first) && MessageDigest.isEqual(sr, second);
    }

    /** The largest power of two strictly below {@code n}, for {@code n > 1}: RFC 6962's k. */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static boolean wellFormed(byte[] hash) {
        return hash != null && hash.length == Hashes.SIZE;
    }
}
