package org.gridsteward.views;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Lists of report ids in submission order, one per place (city, street, community, grid) and per department
 * that has held the report, each in two kinds: every report ({@code all}) and those still open ({@code open}).
 * A console's question ("open reports in my street, newest first"; "what my department has held") is then a
 * walk down one list by point look-ups, instead of a filtered, sorted scan that the embedded server could only
 * answer by reading every report.
 *
 * <p>A list is stored as a head document naming the weeks it has reports in, and one bucket document per week
 * holding that week's entries in order. A week's bucket is found by the entry's own submission time, so adding
 * and removing never moves an entry between documents and a replay writes exactly what the live processor did.
 * Adding an entry already there, or removing one that is not, changes nothing.
 */
public final class ReportLists {
    public static final String ALL = "all";
    public static final String OPEN = "open";
    static final long BUCKET_MILLIS = 7L * 24 * 60 * 60 * 1000;
    /** Buckets loaded in one look-up while walking a list. */
    private static final int BUCKETS_AT_ONCE = 8;

    /** The weeks (bucket numbers, ascending) a list has entries in. */
    public record Head(String list, long[] buckets) {}

    /** One week of a list: its entries' submission times and report ids, in list order. */
    public record Bucket(String list, long bucket, long[] at, String[] reportIds) {
        static Bucket empty(String list, long bucket) {
            return new Bucket(list, bucket, new long[0], new String[0]);
        }

        int indexOf(ListEntry entry) {
            int low = 0;
            int high = at.length - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                int order = entryAt(middle).compareTo(entry);
                if (order < 0) {
                    low = middle + 1;
                } else if (order > 0) {
                    high = middle - 1;
                } else {
                    return middle;
                }
            }
            return -(low + 1);
        }

        ListEntry entryAt(int index) {
            return new ListEntry(at[index], reportIds[index]);
        }

        int size() {
            return at.length;
        }
    }

    private final ViewStore store;
    private final String collection;

    public ReportLists(ViewStore store, String collection) {
        this.store = store;
        this.collection = collection;
    }

    /** The list of one kind for a place's scope key ({@code city}, {@code grid:g-01-01}) or {@code dept:<id>}. */
    public static String list(String kind, String key) {
        return kind + "|" + key;
    }

    public static String department(String departmentId) {
        return "dept:" + departmentId;
    }

    static long bucketOf(long at) {
        return Math.floorDiv(at, BUCKET_MILLIS);
    }

    private static String bucketId(String list, long bucket) {
        return list + "#" + bucket;
    }

    void add(String list, ListEntry entry) {
        long week = bucketOf(entry.at());
        Bucket bucket = store.find(collection, bucketId(list, week), Bucket.class).orElse(Bucket.empty(list, week));
        int index = bucket.indexOf(entry);
        if (index >= 0) {
            return;
        }
        int at = -index - 1;
        store.save(collection, bucketId(list, week), new Bucket(list, week,
                inserted(bucket.at(), at, entry.at()), inserted(bucket.reportIds(), at, entry.reportId())));
        if (bucket.size() == 0) {
            Head head = store.find(collection, list, Head.class).orElse(new Head(list, new long[0]));
            int slot = Arrays.binarySearch(head.buckets(), week);
            if (slot < 0) {
                store.save(collection, list, new Head(list, inserted(head.buckets(), -slot - 1, week)));
            }
        }
    }

    void remove(String list, ListEntry entry) {
        long week = bucketOf(entry.at());
        Optional<Bucket> found = store.find(collection, bucketId(list, week), Bucket.class);
        if (found.isEmpty()) {
            return;
        }
        Bucket bucket = found.get();
        int index = bucket.indexOf(entry);
        if (index < 0) {
            return;
        }
        store.save(collection, bucketId(list, week), new Bucket(list, week,
                removed(bucket.at(), index), removed(bucket.reportIds(), index)));
        if (bucket.size() == 1) {
            // An emptied week is dropped from the head, so a walk does not load it.
            store.find(collection, list, Head.class).ifPresent(head -> {
                int slot = Arrays.binarySearch(head.buckets(), week);
                if (slot >= 0) {
                    store.save(collection, list, new Head(list, removed(head.buckets(), slot)));
                }
            });
        }
    }

    /**
     * The list's entries that come before {@code before} (all of them when it is null), newest first, loaded
     * a few weeks at a time as the walk goes.
     */
    public Walk walk(String list, ListEntry before) {
        long[] weeks = store.find(collection, list, Head.class).map(Head::buckets).orElse(new long[0]);
        return new Walk(list, weeks, before);
    }

    /** One list walked newest first. */
    public final class Walk {
        private final String list;
        private final long[] weeks;
        private final ListEntry before;
        private int nextWeek;
        private final Deque<Bucket> loaded = new ArrayDeque<>();
        private Bucket current;
        private int index = -1;
        private ListEntry peeked;

        private Walk(String list, long[] weeks, ListEntry before) {
            this.list = list;
            this.before = before;
            int last = weeks.length - 1;
            if (before != null) {
                long top = bucketOf(before.at());
                while (last >= 0 && weeks[last] > top) {
                    last--;
                }
            }
            this.weeks = Arrays.copyOf(weeks, last + 1);
            this.nextWeek = last;
        }

        public boolean hasNext() {
            if (peeked == null) {
                peeked = advance();
            }
            return peeked != null;
        }

        public ListEntry peek() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return peeked;
        }

        public ListEntry next() {
            ListEntry next = peek();
            peeked = null;
            return next;
        }

        private ListEntry advance() {
            while (true) {
                while (current != null && index >= 0) {
                    ListEntry entry = current.entryAt(index--);
                    if (before == null || entry.compareTo(before) < 0) {
                        return entry;
                    }
                }
                current = nextBucket();
                if (current == null) {
                    return null;
                }
                index = current.size() - 1;
            }
        }

        private Bucket nextBucket() {
            if (loaded.isEmpty()) {
                if (nextWeek < 0) {
                    return null;
                }
                List<String> ids = new ArrayList<>(BUCKETS_AT_ONCE);
                for (int i = 0; i < BUCKETS_AT_ONCE && nextWeek >= 0; i++) {
                    ids.add(bucketId(list, weeks[nextWeek--]));
                }
                List<Bucket> found = new ArrayList<>(store.findAll(collection, ids, Bucket.class));
                found.sort(Comparator.comparingLong(Bucket::bucket).reversed());
                loaded.addAll(found);
                if (loaded.isEmpty()) {
                    return nextBucket();
                }
            }
            return loaded.poll();
        }
    }

    private static long[] inserted(long[] values, int at, long value) {
        long[] out = new long[values.length + 1];
        System.arraycopy(values, 0, out, 0, at);
        out[at] = value;
        System.arraycopy(values, at, out, at + 1, values.length - at);
        return out;
    }

    private static String[] inserted(String[] values, int at, String value) {
        String[] out = new String[values.length + 1];
        System.arraycopy(values, 0, out, 0, at);
        out[at] = value;
        System.arraycopy(values, at, out, at + 1, values.length - at);
        return out;
    }

    private static long[] removed(long[] values, int at) {
        long[] out = new long[values.length - 1];
        System.arraycopy(values, 0, out, 0, at);
        System.arraycopy(values, at + 1, out, at, values.length - at - 1);
        return out;
    }

    private static String[] removed(String[] values, int at) {
        String[] out = new String[values.length - 1];
        System.arraycopy(values, 0, out, 0, at);
        System.arraycopy(values, at + 1, out, at, values.length - at - 1);
        return out;
    }
}
