package org.attune.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attune.model.Code;
import org.attune.model.Source;
import org.attune.model.text.TextUnit;

/**
 * Code co-occurrence, the one definition of how often two codes meet (docs/analysis.md): codes by codes. With
 * {@link Mode#OVERLAP} a cell counts the pairs of codings (one counted in each row) whose stretches overlap, in a
 * text or in a recording's time; with {@link Mode#TURN} it counts the units of a transcript ({@link CodingSet#units}:
 * speaker turns or, in a transcript without turns, paragraphs) that hold two different codings, one counted in each
 * row. A row counts its code's own codings and, for a theme or with sub-codes, its sub-codes' (as in every matrix).
 * The diagonal holds each code's own count (codings, or units with the code). A row total counts the row code's
 * codings (or units) that co-occur with any other row code. The matrix is symmetric; each cell lists the codings
 * of both codes behind it. {@link #pairs} lists the cells of the codes matrix, pair by pair.
 */
public final class Cooccurrence {
    /** Two codes (paths, in alphabetical order) and how often they meet: overlapping codings and shared units. */
    public record CodePair(String codeA, String codeB, long overlapping, long sameTurn) {
    }

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
                units(data, set, stretches, cells);
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

    /**
     * Every pair of codes that meets at least once in the codes matrix without sub-codes (both modes), most
     * overlapping first.
     */
    public static List<CodePair> pairs(CodingSet data) {
        Matrix overlap = compute(data, Rows.CODES, false, Mode.OVERLAP);
        Matrix turn = compute(data, Rows.CODES, false, Mode.TURN);
        List<CodePair> pairs = new ArrayList<>();
        for (int r = 0; r < overlap.rows().size(); r++) {
            for (int c = r + 1; c < overlap.rows().size(); c++) {
                if (overlap.value(r, c) + turn.value(r, c) > 0) {
                    String a = ((Code) overlap.rows().get(r).element()).path();
                    String b = ((Code) overlap.rows().get(c).element()).path();
                    boolean inOrder = a.compareTo(b) <= 0;
                    pairs.add(new CodePair(inOrder ? a : b, inOrder ? b : a, overlap.value(r, c), turn.value(r, c)));
                }
            }
        }
        pairs.sort(Comparator.comparingLong(CodePair::overlapping).reversed()
                .thenComparing(Comparator.comparingLong(CodePair::sameTurn).reversed())
                .thenComparing(CodePair::codeA).thenComparing(CodePair::codeB));
        return pairs;
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
                            cells.add(ra, rb, new Overlap(a, b), a, b);
                            cells.add(rb, ra, new Overlap(a, b), a, b);
                            cells.cooccurring.get(ra).add(a);
                            cells.cooccurring.get(rb).add(b);
                        }
                    }
                }
            }
        }
    }

    /** For each unit (turn or paragraph), the row codes coded in it: a pair of rows needs two different codings. */
    private static void units(CodingSet data, RowSet set, List<CodedStretch> stretches, Cells cells) {
        Map<TextUnit, List<CodedStretch>> byUnit = new HashMap<>();
        for (CodedStretch s : stretches) {
            data.units(s).forEach(u -> byUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(s));
        }
        byUnit.forEach((unit, inUnit) -> {
            Map<Integer, List<CodedStretch>> byRow = new HashMap<>();
            for (CodedStretch s : inUnit) {
                for (int r : set.rowsOf(s.code())) {
                    byRow.computeIfAbsent(r, k -> new ArrayList<>()).add(s);
                }
            }
            for (var a : byRow.entrySet()) {
                for (var b : byRow.entrySet()) {
                    boolean same = a.getKey().equals(b.getKey());
                    if (!same && a.getValue().size() == 1 && b.getValue().size() == 1 && a.getValue().get(0) == b.getValue().get(0)) {
                        continue; // one coding counted in both rows (a sub-code's, in its parent's row): no meeting
                    }
                    CodedStretch[] behind = new CodedStretch[a.getValue().size() + (same ? 0 : b.getValue().size())];
                    int k = 0;
                    for (CodedStretch s : a.getValue()) {
                        behind[k++] = s;
                    }
                    if (!same) {
                        for (CodedStretch s : b.getValue()) {
                            behind[k++] = s;
                        }
                        cells.cooccurring.get(a.getKey()).add(unit);
                    }
                    cells.add(a.getKey(), b.getKey(), unit, behind);
                }
            }
        });
    }

    private record Overlap(CodedStretch a, CodedStretch b) {
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
