package org.attune.cli.internal;

import org.attune.analysis.AnalysisException;
import org.attune.analysis.CodingSet;
import org.attune.analysis.Columns;
import org.attune.analysis.Cooccurrence;
import org.attune.analysis.FrameworkMatrix;
import org.attune.analysis.Matrix;
import org.attune.analysis.MatrixQuery;
import org.attune.analysis.MatrixSpec;
import org.attune.analysis.Measure;
import org.attune.analysis.Rows;
import org.attune.store.ProjectStore;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Mixin of {@code matrix} and {@code export matrix}: which matrix (rows, columns, measure; or co-occurrence, or
 * framework) over which codings, and computing it.
 */
public class MatrixChoices {
    @Option(names = "--rows", defaultValue = "codes", paramLabel = "codes|themes",
            description = "Rows: every code, or the themes (with their sub-codes' codings). Default: codes.")
    String rows;

    @Option(names = "--subcodes", description = "With --rows codes: a code counts its sub-codes' codings too.")
    boolean subcodes;

    @Option(names = "--columns", defaultValue = "cases", paramLabel = "cases|sources|attribute:NAME",
            description = "Columns: cases, sources, or the values of a case attribute (e.g. attribute:role) or of a source "
                    + "attribute (e.g. attribute:source.From). Default: cases.")
    String columns;

    @Option(names = "--measure", defaultValue = "codings", paramLabel = "codings|sources|presence|words",
            description = "What a cell counts. Default: codings.")
    String measure;

    @Option(names = "--cooccurrence", paramLabel = "overlap|turn",
            description = "Codes by codes: pairs of overlapping codings, or speaker turns holding both codes.")
    String cooccurrence;

    @Option(names = "--framework", description = "Themes (or --rows codes) by cases with the coded excerpts and cell summaries.")
    boolean framework;

    @Mixin
    AnalysisOptions analysis;

    /** One computed matrix: a framework matrix, or a counting matrix (plain or co-occurrence). */
    record Computed(String kind, Matrix matrix, FrameworkMatrix framework) {
    }

    void check(CommandLine line) {
        if (framework && cooccurrence != null) {
            throw new CommandLine.ParameterException(line, "--framework and --cooccurrence cannot be combined");
        }
    }

    Computed compute(ProjectStore store) throws AnalysisException {
        Rows rowChoice = Rows.parse(rows);
        CodingSet data = CodingSet.read(store, analysis.filter(store.project()));
        if (framework) {
            return new Computed("framework", null, FrameworkMatrix.compute(data, rowChoice, subcodes));
        }
        if (cooccurrence != null) {
            return new Computed("cooccurrence", Cooccurrence.compute(data, rowChoice, subcodes, Cooccurrence.Mode.parse(cooccurrence)), null);
        }
        return new Computed("matrix", MatrixQuery.compute(data,
                new MatrixSpec(rowChoice, subcodes, Columns.parse(columns), Measure.parse(measure))), null);
    }
}
