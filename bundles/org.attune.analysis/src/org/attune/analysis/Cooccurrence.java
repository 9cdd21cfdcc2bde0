package org.attune.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attune.model.Source;
import org.attune.model.SpeakerTurn;

/**
 * Code co-occurrence: codes by codes. With {@link Mode#OVERLAP} a cell counts the pairs of codings (one of
 * each code) whose stretches overlap; with {@link Mode#TURN} it counts the speaker turns that hold codings of
 * both codes. The diagonal holds each code's own count (codings, or turns with the code). A row total counts
 * the row code's codings (or turns) that co-occur with any other row code. The matrix is symmetric; each cell
 * lists the codings of both codes behind it.
 */
public final class Cooccurrence {
    public enum Mode {
        OVERLAP, TURN;

        public static Mode parse(String text) throws AnalysisException {
            for (Mode m : values()) {
                if (m.name().equalsIgnoreCase(text.strip())) {
                    return m;
                }
            }
            throw new AnalysisException("unknown co-occurrence \"" + text + "\": use overlap or turn");
        }
    }

    private Cooccurrence() {
    }

    public static Matrix compute(CodingSet data, Rows rows, boolean includeSubcodes, Mode mode) {
        RowSet set = new RowSet(data, rows, includeSubcodes);
        int n = set.headers.size();
        Cells cells = new Cells(n);
        Map<Source, List<CodedStretch>> bySource = new HashMap<>();
        for (CodedStretch s : data.stretches()) {
            if (set.rowsOf(s.code()).length > 0) {
                bySource.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(s);
            }
        }
        for (List<CodedStretch> stretches : bySource.values()) {
            if (mode == Mode.OVERLAP) {
                overlaps(set, stretches, cells);
            } else {
                turns(set, stretches, cells);
            }
        }
        long[][] values = new long[n][n];
        long[] totals = new long[n];
        Set<Object> all = new HashSet<>();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                values[r][c] = cells.units[r][c] == null ? 0 : cells.units[r][c].size();
            }
            totals[r] = cells.cooccurring.get(r).size();
            all.addAll(cells.cooccurring.get(r));
        }
        @SuppressWarnings("unchecked")
        List<CodedStretch>[][] lists = new List[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                lists[r][c] = cells.codings[r][c] == null ? null : new ArrayList<>(cells.codings[r][c]);
            }
        }
        String measure = mode == Mode.OVERLAP ? "overlapping codings" : "shared turns";
        return new Matrix(measure, set.headers, set.headers, values, lists, totals, totals.clone(), all.size());
    }

    /** Every pair of overlapping codings of one source, found by a sweep in order of start. */
    private static void overlaps(RowSet set, List<CodedStretch> stretches, Cells cells) {
        stretches.sort(Comparator.comparing(CodedStretch::text).thenComparingLong(CodedStretch::start));
        for (int i = 0; i < stretches.size(); i++) {
            CodedStretch a = stretches.get(i);
            for (int r : set.rowsOf(a.code())) {
                cells.add(r, r, a, a);
            }
            for (int j = i + 1; j < stretches.size() && stretches.get(j).text() == a.text()
                    && stretches.get(j).start() < a.end(); j++) {
                CodedStretch b = stretches.get(j);
                if (!a.overlaps(b)) {
                    continue;
                }
                for (int ra : set.rowsOf(a.code())) {
                    for (int rb : set.rowsOf(b.code())) {
                        if (ra != rb) {
                            cells.add(ra, rb, new Pair(a, b), a, b);
                            cells.add(rb, ra, new Pair(a, b), a, b);
                            cells.cooccurring.get(ra).add(a);
                            cells.cooccurring.get(rb).add(b);
                        }
                    }
                }
            }
        }
    }

    /** For each speaker turn, the row codes coded in it. */
    private static void turns(RowSet set, List<CodedStretch> stretches, Cells cells) {
        Map<SpeakerTurn, List<CodedStretch>> byTurn = new HashMap<>();
        for (CodedStretch s : stretches) {
            s.turns().forEach(t -> byTurn.computeIfAbsent(t, k -> new ArrayList<>()).add(s));
        }
        byTurn.forEach((turn, inTurn) -> {
            Map<Integer, List<CodedStretch>> byRow = new HashMap<>();
            for (CodedStretch s : inTurn) {
                for (int r : set.rowsOf(s.code())) {
                    byRow.computeIfAbsent(r, k -> new ArrayList<>()).add(s);
                }
            }
            for (var a : byRow.entrySet()) {
                for (var b : byRow.entrySet()) {
                    boolean same = a.getKey().equals(b.getKey());
                    CodedStretch[] behind = new CodedStretch[a.getValue().size() + (same ? 0 : b.getValue().size())];
                    int k = 0;
                    for (CodedStretch s : a.getValue()) {
                        behind[k++] = s;
                    }
                    if (!same) {
                        for (CodedStretch s : b.getValue()) {
                            behind[k++] = s;
                        }
                        cells.cooccurring.get(a.getKey()).add(turn);
                    }
                    cells.add(a.getKey(), b.getKey(), turn, behind);
                }
            }
        });
    }

    private record Pair(CodedStretch a, CodedStretch b) {
    }

    /** Per cell: the distinct units counted (pairs, codings or turns) and the codings behind them. */
    private static final class Cells {
        final Set<Object>[][] units;
        final Set<CodedStretch>[][] codings;
        final List<Set<Object>> cooccurring = new ArrayList<>();

        @SuppressWarnings("unchecked")
        Cells(int n) {
            units = new Set[n][n];
            codings = new Set[n][n];
            for (int i = 0; i < n; i++) {
                cooccurring.add(new HashSet<>());
            }
        }

        void add(int r, int c, Object unit, CodedStretch... behind) {
            if (units[r][c] == null) {
                units[r][c] = new HashSet<>();
                codings[r][c] = new LinkedHashSet<>();
            }
            units[r][c].add(unit);
            for (CodedStretch s : behind) {
                codings[r][c].add(s);
            }
        }
    }
}
