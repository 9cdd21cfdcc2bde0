package org.attune.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.attune.analysis.FrameworkMatrix;
import org.attune.analysis.Header;
import org.attune.analysis.Matrix;

/** Matrices as plain-text tables for the terminal, and as JSON documents. */
final class MatrixText {
    private static final int MAX_LABEL = 40;
    private static final int MAX_COLUMN = 16;

    private MatrixText() {
    }

    static String table(Matrix m) {
        List<String> labels = new ArrayList<>();
        m.rows().forEach(h -> labels.add("  ".repeat(h.depth()) + h.label()));
        labels.add("Total");
        int first = Math.min(MAX_LABEL, Math.max(m.measure().length(), labels.stream().mapToInt(String::length).max().orElse(5)));
        List<String> heads = new ArrayList<>(m.columns().stream().map(Header::label).toList());
        heads.add("Total");
        int[] widths = heads.stream().mapToInt(h -> Math.max(6, Math.min(MAX_COLUMN, h.length()))).toArray();
        StringBuilder out = new StringBuilder();
        out.append(pad(m.measure(), first));
        for (int c = 0; c < heads.size(); c++) {
            out.append("  ").append(left(heads.get(c), widths[c]));
        }
        out.append('\n');
        for (int r = 0; r <= m.rows().size(); r++) {
            boolean total = r == m.rows().size();
            out.append(pad(labels.get(r), first));
            for (int c = 0; c < heads.size(); c++) {
                boolean totalColumn = c == m.columns().size();
                long v = total ? (totalColumn ? m.total() : m.columnTotal(c)) : (totalColumn ? m.rowTotal(r) : m.value(r, c));
                out.append("  ").append(String.format(Locale.ROOT, "%" + widths[c] + "d", v));
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }

    static String framework(FrameworkMatrix f) {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < f.rows().size(); r++) {
            out.append("== ").append(f.rows().get(r).path()).append(" ==\n");
            for (int c = 0; c < f.columns().size(); c++) {
                FrameworkMatrix.Cell cell = f.cell(r, c);
                out.append("  ").append(f.columns().get(c).label()).append(" (").append(cell.excerpts().size())
                        .append(cell.excerpts().size() == 1 ? " excerpt" : " excerpts").append(")\n");
                if (cell.summary() != null) {
                    out.append("    Summary: ").append(oneLine(cell.summary())).append('\n');
                }
                for (FrameworkMatrix.Excerpt e : cell.excerpts()) {
                    out.append("    \u201c").append(oneLine(e.text())).append("\u201d (").append(e.sourceName()).append(")\n");
                }
            }
        }
        return out.toString().stripTrailing();
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\n\\s*", " / ");
    }

    private static String pad(String text, int width) {
        return left(text, width);
    }

    private static String left(String text, int width) {
        String cut = text.length() <= width ? text : text.substring(0, width - 1) + "\u2026";
        return String.format(Locale.ROOT, "%-" + width + "s", cut);
    }

    // ---- JSON shapes

    record HeaderJson(String label, String path, int depth, String id) {
        static HeaderJson of(Header h) {
            String id = h.element() instanceof org.attune.model.Element e ? e.getId() : null;
            return new HeaderJson(h.label(), h.path(), h.depth(), id);
        }
    }

    record MatrixJson(String measure, List<HeaderJson> rows, List<HeaderJson> columns, long[][] values,
            long[] rowTotals, long[] columnTotals, long total) {
        static MatrixJson of(Matrix m) {
            long[][] values = new long[m.rows().size()][m.columns().size()];
            long[] rowTotals = new long[m.rows().size()];
            long[] columnTotals = new long[m.columns().size()];
            for (int r = 0; r < values.length; r++) {
                for (int c = 0; c < columnTotals.length; c++) {
                    values[r][c] = m.value(r, c);
                }
                rowTotals[r] = m.rowTotal(r);
            }
            for (int c = 0; c < columnTotals.length; c++) {
                columnTotals[c] = m.columnTotal(c);
            }
            return new MatrixJson(m.measure(), m.rows().stream().map(HeaderJson::of).toList(),
                    m.columns().stream().map(HeaderJson::of).toList(), values, rowTotals, columnTotals, m.total());
        }
    }

    record ExcerptJson(String source, long start, long end, String text) {
    }

    record CellJson(String row, String column, String summary, List<ExcerptJson> excerpts) {
    }

    record FrameworkJson(List<HeaderJson> rows, List<HeaderJson> columns, List<CellJson> cells) {
        static FrameworkJson of(FrameworkMatrix f) {
            List<CellJson> cells = new ArrayList<>();
            for (int r = 0; r < f.rows().size(); r++) {
                for (int c = 0; c < f.columns().size(); c++) {
                    FrameworkMatrix.Cell cell = f.cell(r, c);
                    cells.add(new CellJson(f.rows().get(r).path(), f.columns().get(c).label(), cell.summary(),
                            cell.excerpts().stream().map(e -> new ExcerptJson(e.sourceName(), e.stretch().start(),
                                    e.stretch().end(), e.text())).toList()));
                }
            }
            return new FrameworkJson(f.rows().stream().map(HeaderJson::of).toList(),
                    f.columns().stream().map(HeaderJson::of).toList(), cells);
        }
    }
}
