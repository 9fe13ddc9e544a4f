package org.gridsteward.runtime;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the embedded server's unique indexes on its H2 file, in the very order H2 gives them, only
 * faster. H2 orders index keys (which it cannot compare otherwise) by their Java-serialized bytes and
 * serializes both keys anew for every comparison, so one look-up in a large index serializes dozens of keys.
 * Here each key's bytes are made once and kept while the key object is among the {@link Kept} ones; keys are
 * stored and read exactly as before, so existing files open unchanged.
 */
final class IndexKeyOrder extends ObjectDataType {
    private final Kept kept;

    IndexKeyOrder(Kept kept) {
        this.kept = kept;
    }

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue && b instanceof KeyValue) {
            return a == b ? 0 : compareNotNull(kept.bytes(a), kept.bytes(b));
        }
        return super.compare(a, b);
    }

    /** Serialized keys shared by every index of one store, bounded so they stay within a few megabytes. */
    static final class Kept {
        /** Enough for the upper levels and the recent leaves of every index. */
        private static final int LIMIT = 50_000;

        private final Map<Identity, byte[]> serialized = new ConcurrentHashMap<>();

        byte[] bytes(Object key) {
            Identity identity = new Identity(key);
            byte[] known = serialized.get(identity);
            if (known == null) {
                known = serialize(key);
                if (serialized.size() >= LIMIT) {
                    serialized.clear();
                }
                serialized.put(identity, known);
            }
            return known;
        }
    }

    /** By identity: two equal keys could in principle serialize differently, one object always the same. */
    private record Identity(Object key) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.key == key;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(key);
        }
    }
}
