package org.attune.store.pg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored positions of one entity-holding list's children. Positions need not run 0, 1, 2…: the server's order of
 * a list is by position, then by row id (a client reserves ids ahead, so a new row's id may be smaller than others':
 * its positions are chosen knowing it). So an action that appends,
 * inserts, removes or moves writes the positions of the children it adds and of as few others as it can (those outside
 * the longest run of children already in order): two coders appending to one source's codings at once each write only
 * their own row, and both clients then read the same order. Writing every later sibling's position anew, as a list
 * numbered 0…n-1 needs, made two such actions rewrite each other's rows and deadlock.
 */
final class ListPositions {
    /** The id of a child not given one yet (none is compared with it then): larger than every id. */
    static final long NEW = Long.MAX_VALUE;

    /** A place in a stored list: its position, then its row id. */
    record Key(long pos, long id) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byPos = Long.compare(pos, other.pos);
            return byPos != 0 ? byPos : Long.compare(id, other.id);
        }
    }

    private ListPositions() {
    }

    /**
     * The positions to write: by index into the list, for each child whose stored place does not fit the list's order.
     * {@code stored}: each child's stored place, in list order, or null for a child new to the server or to this list;
     * {@code ids}: each child's row id ({@link #NEW} for a new one). A child not in the answer keeps its place.
     */
    static Map<Integer, Integer> assign(List<Key> stored, long[] ids) {
        int n = stored.size();
        boolean[] kept = longestOrderedRun(stored);
        Map<Integer, Integer> written = new HashMap<>();
        Key previous = null;
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                previous = stored.get(i);
                continue;
            }
            int nextIndex = i + 1;
            while (nextIndex < n && !kept[nextIndex]) {
                nextIndex++;
            }
            Key next = nextIndex < n ? stored.get(nextIndex) : null;
            Integer pos = between(previous, next, ids[i]);
            if (pos == null) { // no room before the next kept child: it is placed anew after this one
                pos = (int) (previous == null ? next.pos() - 1 : ids[i] > previous.id() ? previous.pos() : previous.pos() + 1);
                kept[nextIndex] = false;
            }
            written.put(i, pos);
            previous = new Key(pos, ids[i]);
        }
        return written;
    }

    /** A position for row {@code id} after {@code previous} and before {@code next} (either may be null), or null. */
    private static Integer between(Key previous, Key next, long id) {
        List<Long> candidates = new ArrayList<>();
        if (previous != null) { // one after the previous first: an append to a list numbered 0…n-1 keeps it so
            candidates.add(previous.pos() + 1);
            candidates.add(previous.pos());
        }
        if (next != null) {
            candidates.add(next.pos() - 1);
            candidates.add(next.pos());
        }
        if (candidates.isEmpty()) {
            candidates.add(0L);
        }
        for (long pos : candidates) {
            Key key = new Key(pos, id);
            if (pos >= Integer.MIN_VALUE && pos <= Integer.MAX_VALUE && (previous == null || key.compareTo(previous) > 0)
                    && (next == null || key.compareTo(next) < 0)) {
                return (int) pos;
            }
        }
        return null;
    }

    /** Which children to keep where they are: a longest run, in list order, of stored places that increase. */
    static boolean[] longestOrderedRun(List<Key> stored) {
        int n = stored.size();
        int[] tails = new int[n]; // tails[k]: index of the smallest last key of a run of length k + 1
        int[] before = new int[n];
        Arrays.fill(before, -1);
        int length = 0;
        for (int i = 0; i < n; i++) {
            Key key = stored.get(i);
            if (key == null) {
                continue;
            }
            int low = 0;
            int high = length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (stored.get(tails[mid]).compareTo(key) < 0) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            before[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            length = Math.max(length, low + 1);
        }
        boolean[] kept = new boolean[n];
        for (int i = length == 0 ? -1 : tails[length - 1]; i >= 0; i = before[i]) {
            kept[i] = true;
        }
        return kept;
    }
}
