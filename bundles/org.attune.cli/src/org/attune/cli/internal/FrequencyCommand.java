package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attune.analysis.CodingSet;
import org.attune.analysis.Matrix;
import org.attune.analysis.MatrixExport;
import org.attune.analysis.MatrixQuery;
import org.attune.analysis.MatrixSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code frequency <project>}: grounded theory's code frequency table, every code by every source. */
@Command(name = "frequency", description = "Code frequency: how many codings each code has in each source (in import order).")
public class FrequencyCommand extends OnProject {
    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the table as CSV.")
    Path csv;

    @Option(names = "--tidy", paramLabel = "FILE", description = "Also write a tidy CSV: code, source, measure, value.")
    Path tidy;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Also write an Excel workbook.")
    Path xlsx;

    @Mixin
    AnalysisOptions analysis;


    @Override
    public Integer call() {
        return read(store -> {
            Matrix m = MatrixQuery.compute(CodingSet.read(store, analysis.filter(store.project())), MatrixSpec.frequency());
            List<MatrixCommand.Written> written = new ArrayList<>();
            MatrixCommand.export(written, "csv", csv, file -> MatrixExport.writeCsv(m, file));
            MatrixCommand.export(written, "tidy", tidy, file -> MatrixExport.writeTidyCsv(m, file));
            MatrixCommand.export(written, "xlsx", xlsx, file -> MatrixExport.writeXlsx(m, file));
            return output.done(new MatrixCommand.MatrixResult("frequency", MatrixText.MatrixJson.of(m), written),
                    MatrixText.table(m) + MatrixCommand.writtenLines(written));
        });
    }
}
