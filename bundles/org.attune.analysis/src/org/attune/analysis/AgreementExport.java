package org.attune.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.attune.agreement.text.AgreementTable;
import org.attune.agreement.text.Figure;
import org.attune.agreement.text.Scope;
import org.attune.office.SheetLayout;

/**
 * Writes two coders' agreement report ({@link AgreementTable} lines) as CSV, as an XLSX sheet or as a Word document ({@link #writeDocx}): one line per scope
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

    /**
     * Writes the report as a Word document: a title naming the coders, then per level (overall, per code, per source,
     * per code and source; the levels {@code lines} holds) a table worst first with percent, kappa, kappa over the
     * coded characters, unitizing alpha and the units (a figure that is not defined reads "–"); below the per-code
     * table (else the first table) the Agreement Report view's chart of kappa and alpha ({@link AgreementChart}).
     */
    public static void writeDocx(String coderA, String coderB, List<AgreementTable.Line> lines, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            XWPFRun t = title.createRun();
            t.setText("Agreement between " + coderA + " and " + coderB);
            t.setBold(true);
            t.setFontSize(18);
            doc.createParagraph().createRun().setText("Two coders' codings of the transcripts' text, compared character by character "
                    + "(percent and Cohen's kappa over every character and over the characters either coder coded) and by "
                    + "Krippendorff's unitizing alpha; worst first. Units: the characters each figure was computed on.");
            List<Scope.Level> levels = List.of(Scope.Level.OVERALL, Scope.Level.CODE, Scope.Level.SOURCE, Scope.Level.CODE_SOURCE);
            boolean perCode = lines.stream().anyMatch(l -> l.scope().level() == Scope.Level.CODE);
            boolean charted = false;
            for (Scope.Level level : levels) {
                List<AgreementTable.Line> of = AgreementTable.worstFirst(lines, level);
                if (of.isEmpty()) {
                    continue;
                }
                XWPFParagraph heading = doc.createParagraph();
                XWPFRun h = heading.createRun();
                h.setBold(true);
                h.setFontSize(14);
                h.setText(HEADINGS.get(level));
                XWPFTable table = doc.createTable(of.size() + 1, DOCX_COLUMNS.size());
                for (int c = 0; c < DOCX_COLUMNS.size(); c++) {
                    XWPFTableCell cell = table.getRow(0).getCell(c);
                    cell.setText(DOCX_COLUMNS.get(c));
                    cell.getParagraphs().get(0).getRuns().get(0).setBold(true);
                }
                for (int r = 0; r < of.size(); r++) {
                    List<String> cells = docxRow(of.get(r));
                    for (int c = 0; c < cells.size(); c++) {
                        table.getRow(r + 1).getCell(c).setText(cells.get(c));
                    }
                }
                if (!charted && (level == Scope.Level.CODE || !perCode)) {
                    charted = true;
                    byte[] png = AgreementChart.png(of, "Kappa and alpha-u, worst first", 720, 400);
                    XWPFRun picture = doc.createParagraph().createRun();
                    try (InputStream in = new ByteArrayInputStream(png)) {
                        picture.addPicture(in, Document.PICTURE_TYPE_PNG, "agreement.png", Units.toEMU(450), Units.toEMU(250));
                    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                        throw new IOException(e.getMessage(), e);
                    }
                }
            }
            MatrixExport.writeBook(doc, file);
        }
    }

    /** The header of each table of the Word document. */
    public static final List<String> DOCX_COLUMNS = List.of("code", "source", "percent", "kappa", "kappa (coded)", "alpha-u", "units");

    private static final java.util.Map<Scope.Level, String> HEADINGS = java.util.Map.of(Scope.Level.OVERALL, "Overall",
            Scope.Level.CODE, "Per code", Scope.Level.SOURCE, "Per source", Scope.Level.CODE_SOURCE, "Per code and source");

    /** One line's cells in the Word document: names ("all" for every code or source), figures as shown, units with their name. */
    public static List<String> docxRow(AgreementTable.Line line) {
        return List.of(line.scope().code() == null ? "all" : line.scope().code(), line.scope().source() == null ? "all" : line.scope().source(),
                shown(line.percent().value(), true), shown(line.kappa().value(), false), shown(line.kappaCoded().value(), false),
                shown(line.alphaU().value(), false), line.units() + " " + line.unitName());
    }

    /** A figure as the report shows it: percent with one decimal, others with three; "–" when not defined. */
    public static String shown(Double value, boolean percent) {
        if (value == null) {
            return "–";
        }
        return percent ? String.format(Locale.ROOT, "%.1f %%", 100 * value) : String.format(Locale.ROOT, "%.3f", value);
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
