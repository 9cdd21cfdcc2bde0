package org.attune.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.attune.model.Case;
import org.attune.model.Source;

/**
 * Matrix coding query: codes or themes by cases, sources or a case attribute's values, counting codings,
 * sources, presence or words coded. One pass over the codings; each cell keeps the codings behind it.
 */
public final class MatrixQuery {
    private MatrixQuery() {
    }

    public static Matrix compute(CodingSet data, MatrixSpec spec) throws AnalysisException {
        RowSet rows = new RowSet(data, spec.rows(), spec.includeSubcodes());
        ColumnSet columns = columns(data, spec.columns(), s -> rows.rowsOf(s.code()).length > 0);
        int nr = rows.headers.size();
        int nc = columns.headers.size();
        @SuppressWarnings("unchecked")
        List<CodedStretch>[][] cells = new List[nr][nc];
        List<List<CodedStretch>> byRow = lists(nr);
        List<List<CodedStretch>> byColumn = lists(nc);
        List<CodedStretch> all = new ArrayList<>();
        for (CodedStretch stretch : data.stretches()) {
            int[] rs = rows.rowsOf(stretch.code());
            if (rs.length == 0) {
                continue;
            }
            int[] cs = columns.of.apply(stretch);
            all.add(stretch);
            for (int r : rs) {
                byRow.get(r).add(stretch);
                for (int c : cs) {
                    if (cells[r][c] == null) {
                        cells[r][c] = new ArrayList<>();
                    }
                    cells[r][c].add(stretch);
                }
            }
            for (int c : cs) {
                byColumn.get(c).add(stretch);
            }
        }
        long[][] values = new long[nr][nc];
        long[] rowTotals = new long[nr];
        long[] columnTotals = new long[nc];
        long total = 0;
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                values[r][c] = cells[r][c] == null ? 0 : measure(data, spec.measure(), cells[r][c]);
                if (spec.measure() == Measure.PRESENCE) {
                    rowTotals[r] += values[r][c];
                    columnTotals[c] += values[r][c];
                    total += values[r][c];
                }
            }
        }
        if (spec.measure() != Measure.PRESENCE) {
            for (int r = 0; r < nr; r++) {
                rowTotals[r] = measure(data, spec.measure(), byRow.get(r));
            }
            for (int c = 0; c < nc; c++) {
                columnTotals[c] = measure(data, spec.measure(), byColumn.get(c));
            }
            total = measure(data, spec.measure(), all);
        }
        return new Matrix(spec.measure().label(), rows.headers, columns.headers, values, cells, rowTotals, columnTotals, total);
    }

    /** The measure of a list of distinct codings. */
    static long measure(CodingSet data, Measure measure, List<CodedStretch> stretches) {
        return switch (measure) {
            case CODINGS -> stretches.size();
            case PRESENCE -> stretches.isEmpty() ? 0 : 1;
            case SOURCES -> stretches.stream().map(CodedStretch::source).distinct().count();
            case WORDS -> words(data, stretches);
        };
    }

    /** Words covered, overlapping stretches merged first so that no word counts twice. */
    private static long words(CodingSet data, List<CodedStretch> stretches) {
        Map<Source, List<CodedStretch>> bySource = new HashMap<>();
        for (CodedStretch s : stretches) {
            if (s.text()) {
                bySource.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(s);
            }
        }
        long words = 0;
        for (var entry : bySource.entrySet()) {
            List<CodedStretch> list = entry.getValue();
            list.sort(Comparator.comparingLong(CodedStretch::start));
            long from = -1;
            long to = -1;
            for (CodedStretch s : list) {
                if (s.start() > to) {
                    words += from < 0 ? 0 : data.words(entry.getKey(), from, to);
                    from = s.start();
                    to = s.end();
                } else {
                    to = Math.max(to, s.end());
                }
            }
            words += from < 0 ? 0 : data.words(entry.getKey(), from, to);
        }
        return words;
    }

    private static List<List<CodedStretch>> lists(int n) {
        List<List<CodedStretch>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    /** Column headers and the columns each coding falls in. */
    record ColumnSet(List<Header> headers, Function<CodedStretch, int[]> of) {
    }

    static ColumnSet columns(CodingSet data, Columns columns, Predicate<CodedStretch> counted) throws AnalysisException {
        List<Header> headers = new ArrayList<>();
        return switch (columns.kind()) {
            case SOURCES -> {
                Map<Source, Integer> index = new HashMap<>();
                for (Source s : data.sources()) {
                    index.put(s, headers.size());
                    headers.add(Header.of(java.util.Objects.requireNonNullElse(s.getName(), "(unnamed source)"), s));
                }
                yield new ColumnSet(headers, s -> new int[] {index.get(s.source())});
            }
            case CASES -> {
                Map<Case, Integer> index = new HashMap<>();
                for (Case c : data.cases()) {
                    index.put(c, headers.size());
                    headers.add(Header.of(java.util.Objects.requireNonNullElse(c.getName(), "(unnamed case)"), c));
                }
                int none = withExtra(data, counted, headers, Columns.NO_CASE, s -> s.cases().isEmpty());
                yield new ColumnSet(headers, s -> s.cases().isEmpty() ? new int[] {none}
                        : s.cases().stream().mapToInt(index::get).toArray());
            }
            case ATTRIBUTE -> {
                String name = columns.attribute();
                CaseAttributes.check(data.store().project(), name);
                if (org.attune.model.attributes.Attributes.isSourceAttribute(name)) { // source.NAME: a coding's source's value
                    String attribute = org.attune.model.attributes.Attributes.nameOf(name);
                    Map<String, Integer> index = new HashMap<>();
                    for (String v : CaseAttributes.sourceValues(data.store().project(), data.sources(), name)) {
                        index.put(v, headers.size());
                        headers.add(Header.of(v, null));
                    }
                    int none = withExtra(data, counted, headers, Columns.NO_VALUE,
                            s -> org.attune.model.attributes.Attributes.valueOf(s.source(), attribute) == null);
                    yield new ColumnSet(headers, s -> {
                        String v = org.attune.model.attributes.Attributes.valueOf(s.source(), attribute);
                        return new int[] {v == null ? none : index.get(v)};
                    });
                }
                Map<String, Integer> index = new HashMap<>();
                for (String v : CaseAttributes.values(data.store().project(), data.cases(), name)) {
                    index.put(v, headers.size());
                    headers.add(Header.of(v, null));
                }
                Function<CodedStretch, Set<String>> values = s -> {
                    Set<String> vs = new LinkedHashSet<>();
                    s.cases().forEach(c -> vs.add(CaseAttributes.value(c, name)));
                    return vs;
                };
                int none = withExtra(data, counted, headers, Columns.NO_VALUE, s -> s.cases().isEmpty() || values.apply(s).contains(null));
                yield new ColumnSet(headers, s -> {
                    Set<Integer> cs = new HashSet<>();
                    if (s.cases().isEmpty()) {
                        cs.add(none);
                    }
                    values.apply(s).forEach(v -> cs.add(v == null ? none : index.get(v)));
                    return cs.stream().mapToInt(Integer::intValue).sorted().toArray();
                });
            }
        };
    }

    /** Adds a last column for codings without a case (or value) when there are any; its index, else -1. */
    private static int withExtra(CodingSet data, Predicate<CodedStretch> counted, List<Header> headers, String label,
            Predicate<CodedStretch> needed) {
        if (data.stretches().stream().noneMatch(s -> counted.test(s) && needed.test(s))) {
            return -1;
        }
        headers.add(Header.of(label, null));
        return headers.size() - 1;
    }
}
