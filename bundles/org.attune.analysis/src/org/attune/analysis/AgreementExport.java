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
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.attune.agreement.text.AgreementTable;
import org.attune.agreement.text.DomainAlpha;
import org.attune.agreement.text.Figure;
import org.attune.agreement.text.Row;
import org.attune.agreement.text.Scope;
import org.attune.office.DocTable;
import org.attune.office.SheetLayout;

/**
 * Writes two coders' agreement report ({@link AgreementTable} lines) as CSV, as an XLSX sheet or as a Word document ({@link #writeDocx}): one line per scope
 * with percent, kappa, kappa over the coded characters, unitizing alpha and the units; a figure that is not defined
 * is left empty. The semantic domains' report ({@link DomainAlpha} rows) is written the same three ways by
 * {@link #writeDomainsCsv}, {@link #writeDomainsXlsx} and {@link #writeDomainsDocx}.
 */
public final class AgreementExport {
    static final List<String> COLUMNS = List.of("level", "code", "source", "percent", "kappa", "kappa-coded", "alpha-u", "units", "unit");

    private AgreementExport() {
    }

    public static void writeCsv(List<AgreementTable.Line> lines, Path file) throws IOException {
        csv(COLUMNS, lines.stream().map(AgreementExport::row).toList(), file);
    }

    /** A CSV file of {@code columns} and {@code rows}; a figure that is not defined (null) is an empty field. */
    private static void csv(List<String> columns, List<List<Object>> rows, Path file) throws IOException {
        MatrixExport.writeText(file, out -> {
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
                csv.printRecord(columns);
                for (List<Object> row : rows) {
                    csv.printRecord(row.stream().map(v -> v == null ? "" : v).toList());
                }
            }
        });
    }

    public static void writeXlsx(List<AgreementTable.Line> lines, Path file) throws IOException {
        xlsx("Agreement", COLUMNS, lines.stream().map(AgreementExport::row).toList(), file);
    }

    /** A workbook of one sheet {@code name} of {@code columns} and {@code rows}, its three key columns (level, what, source) frozen. */
    private static void xlsx(String name, List<String> columns, List<List<Object>> rows, Path file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var sheet = book.createSheet(name);
            SheetLayout.header(sheet, columns);
            SheetLayout.rows(sheet, rows);
            SheetLayout.finish(sheet, 3, rows.size());
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
            titled(doc, "Agreement between " + coderA + " and " + coderB, "Two coders' codings of the transcripts' text, compared character by character "
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
                table(doc, HEADINGS.get(level), DOCX_COLUMNS, of.stream().map(AgreementExport::docxRow).toList());
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

    /** The document's title (bold, 18 pt) and a paragraph saying what it holds. */
    private static void titled(XWPFDocument doc, String text, String intro) {
        DocTable.title(doc, text, 18);
        doc.createParagraph().createRun().setText(intro);
    }

    /** A heading (bold, 14 pt) and a table of {@code rows} under a header of {@code columns}, as every Word table looks ({@link DocTable}). */
    private static void table(XWPFDocument doc, String heading, List<String> columns, List<List<String>> rows) {
        XWPFRun h = doc.createParagraph().createRun();
        h.setBold(true);
        h.setFontSize(14);
        h.setText(heading);
        DocTable.table(doc, columns, rows);
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

    /** A figure as the report shows it: percent (the figure is 0 to 100) with one decimal, others with three; "–" when not defined. */
    public static String shown(Double value, boolean percent) {
        if (value == null) {
            return "–";
        }
        return percent ? String.format(Locale.ROOT, "%.1f %%", value) : String.format(Locale.ROOT, "%.3f", value);
    }

    /** One line's cells: texts, the figures as numbers (null when not defined), the units. */
    static List<Object> row(AgreementTable.Line line) {
        List<Object> row = new ArrayList<>();
        row.add(line.scope().level().label());
        row.add(line.scope().code());
        row.add(line.scope().source());
        for (Figure f : List.of(line.percent(), line.kappa(), line.kappaCoded(), line.alphaU())) {
            row.add(f.value());
        }
        row.add(line.units());
        row.add(line.unitName());
        return row;
    }

    /** The figures of the semantic domains' report, in the CLI's order. */
    static final List<String> DOMAIN_FIGURES = List.of("alpha-binary", "cu-alpha", "Cu-alpha");
    static final List<String> DOMAIN_COLUMNS = List.of("level", "domain", "source", "alpha-binary", "alpha-binary units", "cu-alpha",
            "cu-alpha units", "Cu-alpha", "Cu-alpha units", "unit");

    /** The domains' rows ({@link DomainAlpha}) as CSV: per figure its value (empty when not defined) and its units. */
    public static void writeDomainsCsv(List<Row> rows, Path file) throws IOException {
        csv(DOMAIN_COLUMNS, rows.stream().map(AgreementExport::domainRow).toList(), file);
    }

    public static void writeDomainsXlsx(List<Row> rows, Path file) throws IOException {
        xlsx("Domains", DOMAIN_COLUMNS, rows.stream().map(AgreementExport::domainRow).toList(), file);
    }

    /**
     * The domains' report as a Word document: per level (overall, per domain, per source, per domain and source) a table
     * worst first ({@link DomainAlpha#WORST_FIRST}) of |uα, cuα and Cuα, each "value [units]" ("–" when not defined).
     */
    public static void writeDomainsDocx(List<String> coders, List<Row> rows, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            String names = coders.size() == 2 ? coders.get(0) + " and " + coders.get(1)
                    : String.join(", ", coders.subList(0, coders.size() - 1)) + " and " + coders.getLast();
            titled(doc, "Agreement on semantic domains between " + names, "ATLAS.ti's domain alphas of " + coders.size()
                    + " coders' codings of the transcripts' text: "
                    + "|u-alpha (relevant or not), cu-alpha (the same code within a domain), Cu-alpha (the same domain); worst first. "
                    + "In brackets the characters each figure was computed on.");
            for (Scope.Level level : List.of(Scope.Level.OVERALL, Scope.Level.DOMAIN, Scope.Level.SOURCE, Scope.Level.DOMAIN_SOURCE)) {
                List<Row> of = DomainAlpha.worstFirst(rows, level);
                if (of.isEmpty()) {
                    continue;
                }
                table(doc, DOMAIN_HEADINGS.get(level), DOMAIN_DOCX_COLUMNS, of.stream().map(AgreementExport::domainDocxRow).toList());
            }
            MatrixExport.writeBook(doc, file);
        }
    }

    /** The header of each table of the domains' Word document. */
    public static final List<String> DOMAIN_DOCX_COLUMNS = List.of("domain", "source", "|u-alpha", "cu-alpha", "Cu-alpha");

    private static final java.util.Map<Scope.Level, String> DOMAIN_HEADINGS = java.util.Map.of(Scope.Level.OVERALL, "Overall",
            Scope.Level.DOMAIN, "Per domain", Scope.Level.SOURCE, "Per source", Scope.Level.DOMAIN_SOURCE, "Per domain and source");

    /** One domains' row in the Word document: names ("all" for every domain or source), each figure "value [units]" or "–". */
    public static List<String> domainDocxRow(Row row) {
        List<String> cells = new ArrayList<>(List.of(row.scope().code() == null ? "all" : row.scope().code(),
                row.scope().source() == null ? "all" : row.scope().source()));
        for (String id : DOMAIN_FIGURES) {
            Figure f = row.figure(id);
            cells.add(f.isDefined() ? shown(f.value(), false) + " [" + f.units() + "]" : "–");
        }
        return cells;
    }

    /** One domains' row's cells: texts, each figure as a number (null when not defined) and its units, the unit's name. */
    static List<Object> domainRow(Row row) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.scope().level().label());
        cells.add(row.scope().code());
        cells.add(row.scope().source());
        String unit = null;
        for (String id : DOMAIN_FIGURES) {
            Figure f = row.figure(id);
            cells.add(f.value());
            cells.add(f.units());
            unit = f.unitName();
        }
        cells.add(unit);
        return cells;
    }
}
