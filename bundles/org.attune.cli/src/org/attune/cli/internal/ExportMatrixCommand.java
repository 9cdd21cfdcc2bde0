package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.attune.analysis.FrameworkMatrix;
import org.attune.analysis.Matrix;
import org.attune.analysis.MatrixExport;
import org.attune.cli.CliFailure;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export matrix <project> FILE}: the matrix that {@code matrix} prints (same choices), written as CSV,
 * tidy CSV or XLSX.
 */
@Command(name = "matrix", description = {"Export a matrix (the same choices as the matrix command) as CSV, tidy CSV, XLSX or DOCX.",
        "The format follows FILE's extension (.csv, .xlsx, .docx) unless --format is given (docs/analysis.md)."})
public class ExportMatrixCommand extends OnProject {
    @Mixin
    ExportPseudonyms pseudonyms;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to write.")
    Path file;

    @Option(names = "--format", paramLabel = "csv|tidy|xlsx|docx",
            description = "csv (as it looks, with totals), tidy (one line per cell, for R or SPSS), xlsx or docx (a Word table; "
                    + "default: from FILE's extension).")
    String format;

    @Mixin
    MatrixChoices choices;

    record Result(String kind, String format, Path file, int rows, int columns) {
    }

    @Override
    public Integer call() {
        choices.check(spec.commandLine());
        String chosen = format(format, file);
        return OpenProject.read(project, access, spec, pseudonyms, store -> {
            MatrixChoices.Computed computed = choices.compute(store);
            List<MatrixCommand.Written> written = new ArrayList<>();
            FrameworkMatrix f = computed.framework();
            Matrix m = computed.matrix();
            MatrixCommand.export(written, chosen, file, target -> MatrixExport.write(chosen, m, f, target));
            int rows = f != null ? f.rows().size() : m.rows().size();
            int columns = f != null ? f.columns().size() : m.columns().size();
            Result result = new Result(computed.kind(), chosen, file.toAbsolutePath(), rows, columns);
            return output.done(result, String.format(Locale.ROOT, "Wrote the %s (%d rows, %d columns) as %s to %s",
                    computed.kind().equals("matrix") ? "matrix" : computed.kind() + " matrix", rows, columns, chosen, result.file()));
        });
    }

    /** The format asked for, else the file's extension's (.xlsx, else CSV). */
    static String format(String given, Path file) {
        if (given != null) {
            String f = given.strip().toLowerCase(Locale.ROOT);
            if (!List.of("csv", "tidy", "xlsx", "docx").contains(f)) {
                throw new CliFailure("unknown matrix format \"" + given + "\"; use csv, tidy, xlsx or docx");
            }
            return f;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") ? "xlsx" : name.endsWith(".docx") ? "docx" : "csv";
    }
}
