package org.attune.ui.editors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;

import org.attune.coding.Coder;
import org.attune.model.Coding;
import org.attune.model.TextSelection;

/**
 * Where a transcript's text codings lie, computed once per change: the codings by start, each in a lane so that
 * codings sharing a line sit side by side in the stripes margin, and the text cut into runs with the codings
 * active in each, for highlighting. Positions here are UTF-16 offsets of the shown text.
 */
final class CodingLayout {
    /** A coding placed in the margin: its UTF-16 range, its first and last line, and its lane. */
    record Placed(Coding coding, int start, int end, int firstLine, int lastLine, int lane) {
    }

    /** A stretch of text covered by the same codings (at least one). */
    record Run(int start, int end, List<Coding> codings) {
    }

    final List<Placed> placed;
    final List<Run> runs;
    final int lanes;

    private CodingLayout(List<Placed> placed, List<Run> runs, int lanes) {
        this.placed = placed;
        this.runs = runs;
        this.lanes = lanes;
    }

    /**
     * @param toUtf16 maps a code-point position to the shown text's UTF-16 offset
     * @param lineOf the (logical) line of a UTF-16 offset
     */
    static CodingLayout of(List<Coding> codings, IntUnaryOperator toUtf16, IntUnaryOperator lineOf) {
        List<Placed> ranges = new ArrayList<>();
        for (Coding c : codings) {
            if (c.getSelection() instanceof TextSelection && c.getCode() != null) {
                int start = toUtf16.applyAsInt((int) c.start());
                int end = toUtf16.applyAsInt((int) c.end());
                ranges.add(new Placed(c, start, end, lineOf.applyAsInt(start), lineOf.applyAsInt(Math.max(start, end - 1)), 0));
            }
        }
        ranges.sort(Comparator.comparingInt(Placed::start).thenComparing(p -> -p.end()));
        // Lanes: the first lane whose last coding ended on an earlier line (greedy interval colouring by start).
        List<Placed> placed = new ArrayList<>(ranges.size());
        int[] laneLastLine = new int[4];
        int lanes = 0;
        for (Placed p : ranges) {
            int lane = 0;
            while (lane < lanes && laneLastLine[lane] >= p.firstLine()) {
                lane++;
            }
            if (lane == lanes) {
                lanes++;
                if (lanes > laneLastLine.length) {
                    laneLastLine = Arrays.copyOf(laneLastLine, lanes * 2);
                }
            }
            laneLastLine[lane] = p.lastLine();
            placed.add(new Placed(p.coding(), p.start(), p.end(), p.firstLine(), p.lastLine(), lane));
        }
        return new CodingLayout(placed, runs(placed), lanes);
    }

    /** Cuts the text at every coding boundary; a sweep over boundaries, O(n log n). */
    private static List<Run> runs(List<Placed> placed) {
        TreeMap<Integer, List<Placed>> starts = new TreeMap<>();
        TreeMap<Integer, List<Placed>> ends = new TreeMap<>();
        for (Placed p : placed) {
            starts.computeIfAbsent(p.start(), k -> new ArrayList<>()).add(p);
            ends.computeIfAbsent(p.end(), k -> new ArrayList<>()).add(p);
        }
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(starts.keySet());
        cuts.addAll(ends.keySet());
        List<Run> runs = new ArrayList<>();
        java.util.LinkedHashSet<Coding> active = new java.util.LinkedHashSet<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && !active.isEmpty() && cut > previous) {
                runs.add(new Run(previous, cut, List.copyOf(active)));
            }
            ends.getOrDefault(cut, List.of()).forEach(p -> active.remove(p.coding()));
            starts.getOrDefault(cut, List.of()).forEach(p -> active.add(p.coding()));
            previous = cut;
        }
        return runs;
    }

    /** The codings covering a UTF-16 offset. */
    List<Coding> at(int offset) {
        List<Coding> found = new ArrayList<>();
        for (Placed p : placed) {
            if (p.start() > offset) {
                break;
            }
            if (offset < p.end()) {
                found.add(p.coding());
            }
        }
        return found;
    }

    /** The codings overlapping [start, end), or covering start for an empty range. */
    List<Coding> overlapping(int start, int end) {
        if (start == end) {
            return at(start);
        }
        List<Coding> found = new ArrayList<>();
        for (Placed p : placed) {
            if (p.start() >= end) {
                break;
            }
            if (p.end() > start) {
                found.add(p.coding());
            }
        }
        return found;
    }
}
