package org.attune.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attune.agreement.text.AgreementTable;
import org.attune.agreement.text.Figure;
import org.attune.office.SheetLayout;

/**
 * Writes two coders' agreement report ({@link AgreementTable} lines) as CSV or as an XLSX sheet: one line per scope
 * with percent, kappa, kappa over the coded characters, unitizing alpha and the units; a figure that is not defined
 * is left empty.
 */
public final class AgreementExport {
    static final List<String> COLUMNS = List.of("level", "code", "source", "percent", "kappa", "kappa-coded", "alpha-u", "units", "unit");

    private AgreementExport() {
    }

    public static void writeCsv(List<AgreementTable.Line> lines, Path file) throws IOException {
        MatrixExport.writeText(file, out -> {
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
                csv.printRecord(COLUMNS);
                for (AgreementTable.Line line : lines) {
                    csv.printRecord(row(line).stream().map(v -> v == null ? "" : v).toList());
                }
            }
        });
    }

    public static void writeXlsx(List<AgreementTable.Line> lines, Path file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var sheet = book.createSheet("Agreement");
            SheetLayout.header(sheet, COLUMNS);
            SheetLayout.rows(sheet, lines.stream().map(AgreementExport::row).toList());
            SheetLayout.finish(sheet, 3, lines.size());
            MatrixExport.writeBook(book, file);
        }
    }

    /** One line's cells: texts, the figures as numbers (null when not defined), the units. */
    static List<Object> row(AgreementTable.Line line) {
        List<Object> row = new ArrayList<>();
        row.add(line.scope().level().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        row.add(line.scope().code());
        row.add(line.scope().source());
        for (Figure f : List.of(line.percent(), line.kappa(), line.kappaCoded(), line.alphaU())) {
            row.add(f.value());
        }
        row.add(line.units());
        row.add(line.unitName());
        return row;
    }
}
