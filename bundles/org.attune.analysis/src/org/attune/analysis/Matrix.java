package org.attune.analysis;

import java.util.List;

import org.attune.model.Coding;

/**
 * A computed matrix: row and column headers, one value per cell, the codings behind each cell, and totals.
 * Totals count each coding once (a coding in two columns counts once in its row total), so a total can be
 * less than the sum of its cells; for presence, a total is the number of cells with a 1.
 */
public final class Matrix {
    private final String measure;
    private final List<Header> rows;
    private final List<Header> columns;
    private final long[][] values;
    private final List<CodedStretch>[][] cells;
    private final long[] rowTotals;
    private final long[] columnTotals;
    private final long total;

    Matrix(String measure, List<Header> rows, List<Header> columns, long[][] values, List<CodedStretch>[][] cells,
            long[] rowTotals, long[] columnTotals, long total) {
        this.measure = measure;
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.values = values;
        this.cells = cells;
        this.rowTotals = rowTotals;
        this.columnTotals = columnTotals;
        this.total = total;
    }

    /** What the cells count, e.g. {@code codings} or {@code overlapping codings}. */
    public String measure() {
        return measure;
    }

    public List<Header> rows() {
        return rows;
    }

    public List<Header> columns() {
        return columns;
    }

    public long value(int row, int column) {
        return values[row][column];
    }

    /** The codings behind a cell, with their cases and spans (for a click-through). */
    public List<CodedStretch> stretches(int row, int column) {
        List<CodedStretch> cell = cells[row][column];
        return cell == null ? List.of() : List.copyOf(cell);
    }

    /** The codings behind a cell. */
    public List<Coding> codings(int row, int column) {
        return stretches(row, column).stream().map(CodedStretch::coding).toList();
    }

    public long rowTotal(int row) {
        return rowTotals[row];
    }

    public long columnTotal(int column) {
        return columnTotals[column];
    }

    public long total() {
        return total;
    }

    /** The row whose label is {@code label} (ignoring case), or -1. */
    public int row(String label) {
        return indexOf(rows, label);
    }

    /** The column whose label is {@code label} (ignoring case), or -1. */
    public int column(String label) {
        return indexOf(columns, label);
    }

    private static int indexOf(List<Header> headers, String label) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).label().equalsIgnoreCase(label)) {
                return i;
            }
        }
        return -1;
    }
}
