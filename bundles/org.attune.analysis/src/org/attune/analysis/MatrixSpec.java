package org.attune.analysis;

/**
 * What a code matrix shows: which codes as rows (with their sub-codes' codings or not; themes always with),
 * which columns, and what each cell counts.
 */
public record MatrixSpec(Rows rows, boolean includeSubcodes, Columns columns, Measure measure) {
    public static MatrixSpec of(Rows rows, Columns columns, Measure measure) {
        return new MatrixSpec(rows, false, columns, measure);
    }

    /** Grounded theory's code frequency table: every code by every source, counting codings. */
    public static MatrixSpec frequency() {
        return of(Rows.CODES, Columns.sources(), Measure.CODINGS);
    }

    public MatrixSpec withSubcodes(boolean include) {
        return new MatrixSpec(rows, include, columns, measure);
    }
}
