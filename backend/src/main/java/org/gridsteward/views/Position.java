package org.gridsteward.views;

import java.util.List;
import java.util.TreeSet;

/**
 * Which global log positions a read-model document has taken in: everything up to {@code index} except the
 * {@code gaps}. An event that fills a gap arrives after later positions, so "the highest position applied"
 * alone would wrongly skip it; a position with its gaps does not.
 */
public record Position(long index, List<Long> gaps) {
    public static final Position NONE = new Position(-1, List.of());

    public Position {
        gaps = gaps.isEmpty() ? List.of() : List.copyOf(new TreeSet<>(gaps));
    }

    public boolean hasSeen(long position) {
        return position <= index && !gaps.contains(position);
    }

    /** Whether every position the other has seen, this one has too: the event behind it is already applied. */
    public boolean covers(Position other) {
        if (other.index > index) {
            return false;
        }
        for (long gap : gaps) {
            if (gap <= other.index && other.hasSeen(gap)) {
                return false;
            }
        }
        return true;
    }

    /** Everything seen by either. */
    public Position including(Position other) {
        // Almost always: every position up to the higher one seen, so one of the two already says it all.
        if (gaps.isEmpty() && other.gaps.isEmpty()) {
            return other.index > index ? other : this;
        }
        long top = Math.max(index, other.index);
        TreeSet<Long> unseen = new TreeSet<>();
        TreeSet<Long> candidates = new TreeSet<>(gaps);
        candidates.addAll(other.gaps);
        for (long candidate : candidates) {
            if (!hasSeen(candidate) && !other.hasSeen(candidate) && candidate <= top) {
                unseen.add(candidate);
            }
        }
        return new Position(top, List.copyOf(unseen));
    }
}
