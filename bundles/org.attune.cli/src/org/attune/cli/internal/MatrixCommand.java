package org.attune.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attune.analysis.FrameworkMatrix;
import org.attune.analysis.Matrix;
import org.attune.analysis.MatrixExport;
import org.attune.cli.Cli;
import org.attune.cli.CliFailure;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code matrix <project>}: a matrix coding query (codes or themes by cases, sources or an attribute), a code
 * co-occurrence matrix, or a framework matrix with excerpts; printed, and written as CSV, tidy CSV or XLSX.
 */
@Command(name = "matrix", description = {"Matrix coding query: codes or themes by cases, sources or a case attribute's values.",
        "--cooccurrence gives codes by codes; --framework gives themes by cases with the coded excerpts (docs/analysis.md)."})
public class MatrixCommand extends OnProject {
    @Mixin
    MatrixChoices choices;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the matrix as CSV, as it looks, with totals.")
    Path csv;

    @Option(names = "--tidy", paramLabel = "FILE", description = "Also write a tidy CSV: one line per cell (for R or SPSS).")
    Path tidy;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Also write an Excel workbook.")
    Path xlsx;

    @Option(names = "--docx", paramLabel = "FILE", description = "Also write a Word document: the matrix as a table whose header repeats on every page.")
    Path docx;

    record Written(String format, Path file) {
    }

    record MatrixResult(String kind, Object matrix, List<Written> written) {
    }

    @Override
    public Integer call() {
        choices.check(spec.commandLine());
        return read(store -> {
            MatrixChoices.Computed computed = choices.compute(store);
            List<Written> written = new ArrayList<>();
            if (computed.framework() != null) {
                FrameworkMatrix f = computed.framework();
                export(written, "csv", csv, file -> MatrixExport.writeCsv(f, file));
                export(written, "tidy", tidy, file -> MatrixExport.writeTidyCsv(f, file));
                export(written, "xlsx", xlsx, file -> MatrixExport.writeXlsx(f, file));
                export(written, "docx", docx, file -> MatrixExport.writeDocx(f, file));
                output.print(new MatrixResult("framework", MatrixText.FrameworkJson.of(f), written),
                        MatrixText.framework(f) + writtenLines(written));
            } else {
                Matrix m = computed.matrix();
                export(written, "csv", csv, file -> MatrixExport.writeCsv(m, file));
                export(written, "tidy", tidy, file -> MatrixExport.writeTidyCsv(m, file));
                export(written, "xlsx", xlsx, file -> MatrixExport.writeXlsx(m, file));
                export(written, "docx", docx, file -> MatrixExport.writeDocx(m, file));
                output.print(new MatrixResult(computed.kind(), MatrixText.MatrixJson.of(m), written),
                        MatrixText.table(m) + writtenLines(written));
            }
            return Cli.OK;
        });
    }

    interface Export {
        void write(Path file) throws IOException;
    }

    /** Writes one export if asked for; a failure names the file and the reason. */
    static void export(List<Written> written, String format, Path file, Export export) {
        if (file == null) {
            return;
        }
        try {
            export.write(file);
            written.add(new Written(format, file.toAbsolutePath()));
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new CliFailure(reason.startsWith(file.toString()) ? reason : file + ": cannot be written (" + reason + ")", e);
        }
    }

    static String writtenLines(List<Written> written) {
        StringBuilder out = new StringBuilder();
        written.forEach(w -> out.append("\nWrote ").append(w.file()));
        return out.toString();
    }
}
