package org.attune.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.attune.office.DocTable;
import org.attune.office.SheetLayout;
import org.attune.store.FileReplace;

/**
 * Writes matrices for spreadsheets and statistics: wide CSV (as the matrix looks, with totals), tidy CSV (one
 * line per cell: row, column, measure, value; no totals, ready for R or SPSS), XLSX (with totals; a
 * framework matrix with its excerpts in wrapped cells) and DOCX (a Word table as the matrix looks). CSV is UTF-8, RFC 4180. A file is written whole
 * beside its target and then moved over it, so a failed export never leaves half a file.
 */
public final class MatrixExport {
    private static final String TOTAL = "Total";

    private MatrixExport() {
    }

    /**
     * Writes {@code m}, or the framework matrix {@code f} where {@code m} is null, as {@code format}: {@code tidy} (a
     * row a cell), {@code xlsx}, {@code docx}, anything else CSV. The one place that says which format is which, for
     * the command line's {@code --format} and the workbench's Export alike.
     */
    public static void write(String format, Matrix m, FrameworkMatrix f, Path file) throws IOException {
        switch (format) {
            case "tidy" -> {
                if (m != null) {
                    writeTidyCsv(m, file);
                } else {
                    writeTidyCsv(f, file);
                }
            }
            case "xlsx" -> {
                if (m != null) {
                    writeXlsx(m, file);
                } else {
                    writeXlsx(f, file);
                }
            }
            case "docx" -> {
                if (m != null) {
                    writeDocx(m, file);
                } else {
                    writeDocx(f, file);
                }
            }
            default -> {
                if (m != null) {
                    writeCsv(m, file);
                } else {
                    writeCsv(f, file);
                }
            }
        }
    }

    public static void writeCsv(Matrix m, Path file) throws IOException {
        writeCsv(header(m), lines(m), file);
    }

    /** A table as CSV: its header, then its lines. */
    private static void writeCsv(List<String> header, List<List<Object>> lines, Path file) throws IOException {
        writeText(file, out -> {
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
                csv.printRecord(header);
                for (List<Object> line : lines) {
                    csv.printRecord(line);
                }
            }
        });
    }

    /** The wide table's header: the measure, each column's path, Total. */
    private static List<String> header(Matrix m) {
        List<String> header = new ArrayList<>();
        header.add(m.measure());
        m.columns().forEach(c -> header.add(c.path()));
        header.add(TOTAL);
        return header;
    }

    /** The wide table's lines below the header: each row with its total, then the column totals. */
    private static List<List<Object>> lines(Matrix m) {
        List<List<Object>> lines = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            List<Object> line = new ArrayList<>();
            line.add(m.rows().get(r).path());
            for (int c = 0; c < m.columns().size(); c++) {
                line.add(m.value(r, c));
            }
            line.add(m.rowTotal(r));
            lines.add(line);
        }
        List<Object> totals = new ArrayList<>();
        totals.add(TOTAL);
        for (int c = 0; c < m.columns().size(); c++) {
            totals.add(m.columnTotal(c));
        }
        totals.add(m.total());
        lines.add(totals);
        return lines;
    }

    /**
     * The matrix as a Word table (landscape), as it looks with totals: the header row repeats on every page
     * ({@link DocTable}).
     */
    public static void writeDocx(Matrix m, Path file) throws IOException {
        writeDocument("Matrix: " + m.measure(), header(m), lines(m), file);
    }

    /** One line per cell: {@code row,column,measure,value}. */
    public static void writeTidyCsv(Matrix m, Path file) throws IOException {
        writeText(file, out -> {
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
                csv.printRecord("row", "column", "measure", "value");
                for (int r = 0; r < m.rows().size(); r++) {
                    for (int c = 0; c < m.columns().size(); c++) {
                        csv.printRecord(m.rows().get(r).path(), m.columns().get(c).path(), m.measure(), m.value(r, c));
                    }
                }
            }
        });
    }

    public static void writeXlsx(Matrix m, Path file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Matrix");
            CellStyle bold = bold(book, false);
            SheetLayout.header(sheet, header(m));
            for (int r = 0; r < m.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                text(row, 0, m.rows().get(r).path(), bold);
                for (int c = 0; c < m.columns().size(); c++) {
                    row.createCell(c + 1).setCellValue(m.value(r, c));
                }
                Cell total = row.createCell(m.columns().size() + 1);
                total.setCellValue(m.rowTotal(r));
                total.setCellStyle(bold);
            }
            Row totals = sheet.createRow(m.rows().size() + 1);
            text(totals, 0, TOTAL, bold);
            for (int c = 0; c <= m.columns().size(); c++) {
                Cell cell = totals.createCell(c + 1);
                cell.setCellValue(c < m.columns().size() ? m.columnTotal(c) : m.total());
                cell.setCellStyle(bold);
            }
            SheetLayout.finish(sheet, 1, m.rows().size());
            writeBook(book, file);
        }
    }

    // ---- framework matrix

    /** Themes by cases, each cell its summary and excerpts as text. */
    public static void writeCsv(FrameworkMatrix f, Path file) throws IOException {
        writeCsv(header(f, "theme"), lines(f), file);
    }

    private static List<String> header(FrameworkMatrix f, String first) {
        List<String> header = new ArrayList<>();
        header.add(first);
        f.columns().forEach(c -> header.add(c.label()));
        return header;
    }

    private static List<List<Object>> lines(FrameworkMatrix f) {
        List<List<Object>> lines = new ArrayList<>();
        for (int r = 0; r < f.rows().size(); r++) {
            List<Object> line = new ArrayList<>();
            line.add(f.rows().get(r).path());
            for (int c = 0; c < f.columns().size(); c++) {
                line.add(cellText(f.cell(r, c)));
            }
            lines.add(line);
        }
        return lines;
    }

    /** Themes by cases as a Word table (landscape), each cell its summary and excerpts; the header row repeats. */
    public static void writeDocx(FrameworkMatrix f, Path file) throws IOException {
        writeDocument("Framework matrix", header(f, "Theme"), lines(f), file);
    }

    /** One line per excerpt or summary: {@code row,column,kind,source,start,end,text}. */
    public static void writeTidyCsv(FrameworkMatrix f, Path file) throws IOException {
        writeText(file, out -> {
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
                csv.printRecord("row", "column", "kind", "source", "start", "end", "text");
                for (int r = 0; r < f.rows().size(); r++) {
                    for (int c = 0; c < f.columns().size(); c++) {
                        String row = f.rows().get(r).path();
                        String column = f.columns().get(c).label();
                        FrameworkMatrix.Cell cell = f.cell(r, c);
                        if (cell.summary() != null) {
                            csv.printRecord(row, column, "summary", "", "", "", cell.summary());
                        }
                        for (FrameworkMatrix.Excerpt e : cell.excerpts()) {
                            csv.printRecord(row, column, "excerpt", e.sourceName(), e.stretch().start(), e.stretch().end(), e.text());
                        }
                    }
                }
            }
        });
    }

    /**
     * Sheet "Framework": themes by cases with summary and excerpts in wrapped cells (cut, and marked, at
     * Excel's cell limit); sheet "Excerpts": every excerpt on its own line in full.
     */
    public static void writeXlsx(FrameworkMatrix f, Path file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Framework");
            CellStyle bold = bold(book, true);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            SheetLayout.header(sheet, header(f, "Theme"));
            for (int r = 0; r < f.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                text(row, 0, f.rows().get(r).path(), bold);
                for (int c = 0; c < f.columns().size(); c++) {
                    text(row, c + 1, fit(cellText(f.cell(r, c))), wrap);
                }
            }
            SheetLayout.finish(sheet, 1, f.rows().size());

            Sheet excerpts = book.createSheet("Excerpts");
            SheetLayout.header(excerpts, List.of("Theme", "Case", "Source", "Start", "End", "Excerpt"));
            int line = 1;
            for (int r = 0; r < f.rows().size(); r++) {
                for (int c = 0; c < f.columns().size(); c++) {
                    for (FrameworkMatrix.Excerpt e : f.cell(r, c).excerpts()) {
                        Row row = excerpts.createRow(line++);
                        text(row, 0, f.rows().get(r).path(), null);
                        text(row, 1, f.columns().get(c).label(), null);
                        text(row, 2, e.sourceName(), null);
                        row.createCell(3).setCellValue(e.stretch().start());
                        row.createCell(4).setCellValue(e.stretch().end());
                        text(row, 5, fit(e.text()), wrap);
                    }
                }
            }
            SheetLayout.finish(excerpts, 0, line - 1);
            writeBook(book, file);
        }
    }

    /** A framework cell as text: the summary, then each excerpt with its source. */
    public static String cellText(FrameworkMatrix.Cell cell) {
        List<String> parts = new ArrayList<>();
        if (cell.summary() != null) {
            parts.add("Summary: " + cell.summary());
        }
        for (FrameworkMatrix.Excerpt e : cell.excerpts()) {
            parts.add("\u201c" + e.text().strip() + "\u201d (" + e.sourceName() + ")");
        }
        return String.join("\n\n", parts);
    }

    static String fit(String text) {
        return SheetLayout.fit(text, "the full text is in the CSV export and the Excerpts sheet");
    }

    private static CellStyle bold(XSSFWorkbook book, boolean top) {
        Font font = book.createFont();
        font.setBold(true);
        CellStyle style = book.createCellStyle();
        style.setFont(font);
        if (top) {
            style.setVerticalAlignment(VerticalAlignment.TOP);
        }
        return style;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    interface TextWork {
        void write(Writer out) throws IOException;
    }

    static void writeText(Path file, TextWork work) throws IOException {
        FileReplace.write(file, partial -> {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                work.write(out);
            }
        });
    }

    /** A titled landscape document holding one table ({@link DocTable}), written whole and moved over {@code file}. */
    static void writeDocument(String title, List<String> header, List<List<Object>> lines, Path file) throws IOException {
        try (XWPFDocument doc = DocTable.landscape(title)) {
            DocTable.table(doc, header, lines);
            writeBook(doc, file);
        }
    }

    /** Writes an Office document (a workbook, a Word document) whole or not at all. */
    static void writeBook(org.apache.poi.ooxml.POIXMLDocument book, Path file) throws IOException {
        FileReplace.write(file, partial -> {
            try (OutputStream out = Files.newOutputStream(partial)) {
                book.write(out);
            }
        });
    }
}
