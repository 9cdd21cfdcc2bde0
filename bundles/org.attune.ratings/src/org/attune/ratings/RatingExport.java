package org.attune.ratings;

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
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attune.model.Project;
import org.attune.model.RatingSheet;
import org.attune.model.ScaleItem;
import org.attune.model.ScaleSubItem;
import org.attune.model.ScoreState;
import org.attune.model.User;
import org.attune.office.SheetLayout;
import org.attune.store.FileReplace;

/**
 * Scores and results tables as files: a tidy long CSV (one row per sheet and sub-item) and XLSX workbooks.
 * Only sheets the viewer may see are written (blind rule); N/A and unscored are empty values with their state.
 */
public final class RatingExport {
    public static final List<String> SCORE_COLUMNS = List.of("sheet", "scale", "scale_version", "recording", "practitioner",
            "condition", "rater", "consensus", "status", "item", "sub_item", "state", "value");

    /** What was written: rows, and sheets left out because the viewer may not see them yet. */
    public record Written(Path file, int rows, int withheldSheets) {
    }

    private RatingExport() {
    }

    /** One row per sheet and sub-item of the sheets {@code viewer} may see (every scale, or only {@code scaleName}). */
    public static List<List<Object>> scoreRows(Project project, String scaleName, User viewer, int[] withheld) {
        List<List<Object>> rows = new ArrayList<>();
        for (RatingSheet sheet : project.getRatingSheets()) {
            if (scaleName != null && !scaleName.equals(sheet.getScale().getName())) {
                continue;
            }
            if (!BlindRule.canView(sheet, viewer)) {
                withheld[0]++;
                continue;
            }
            for (ScaleItem item : sheet.getScale().getItems()) {
                if (item.isNotUsed()) {
                    continue;
                }
                for (ScaleSubItem sub : item.getSubItems()) {
                    Mark mark = Mark.of(RatingService.scoreOf(sheet, sub));
                    List<Object> row = new ArrayList<>();
                    row.add(sheet.getId());
                    row.add(sheet.getScale().getName());
                    row.add(sheet.getScale().getVersion());
                    row.add(sheet.getRecording().getName());
                    row.add(sheet.getPractitioner() == null ? "" : sheet.getPractitioner().getName());
                    row.add(sheet.getCondition() == null ? "" : sheet.getCondition());
                    row.add(BlindRule.name(sheet.getCreatedBy()));
                    row.add(sheet.isConsensus());
                    row.add(sheet.getStatus().getLiteral());
                    row.add(item.getNumber());
                    row.add(sub.getNumber());
                    row.add(mark.state().getLiteral());
                    row.add(mark.state() == ScoreState.VALUE ? mark.value() : null);
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    public static Written scoresCsv(Project project, String scaleName, User viewer, Path file) {
        int[] withheld = {0};
        List<List<Object>> rows = scoreRows(project, scaleName, viewer, withheld);
        writeCsv(file, SCORE_COLUMNS, rows);
        return new Written(file, rows.size(), withheld[0]);
    }

    public static Written tableCsv(ResultsTables.Table table, Path file) {
        List<List<Object>> rows = tableRows(table);
        writeCsv(file, tableHeader(table), rows);
        return new Written(file, rows.size(), table.withheldSheets());
    }

    /** A workbook with the scores and, for each table given, a sheet of its own. */
    public static Written xlsx(Project project, String scaleName, User viewer, List<ResultsTables.Table> tables, Path file) {
        int[] withheld = {0};
        List<List<Object>> scores = scoreRows(project, scaleName, viewer, withheld);
        return xlsx(scores, withheld[0], tables, null, file);
    }

    /**
     * A workbook of score rows read before ({@link #scoreRows}, e.g. on the UI thread), a sheet per table and,
     * when given, the agreement report (sheet "Agreement"). Reads nothing from the model.
     */
    public static Written xlsx(List<List<Object>> scores, int withheld, List<ResultsTables.Table> tables,
            AgreementBreakdown.Breakdown agreement, Path file) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet scoreSheet = book.createSheet("Scores");
            fill(scoreSheet, sheetIdLast(SCORE_COLUMNS), scores.stream().map(RatingExport::sheetIdLast).toList(), scores.size());
            scoreSheet.setColumnHidden(SCORE_COLUMNS.size() - 1, true);
            for (ResultsTables.Table table : tables) {
                List<List<Object>> tableRows = tableRows(table);
                fill(book.createSheet(table.by() == ResultsTables.By.ITEM ? "By item" : "By practitioner"), tableHeader(table),
                        tableRows, tableRows.size() - 1);
            }
            if (agreement != null) {
                List<List<Object>> rows = AgreementBreakdown.rows(agreement);
                fill(book.createSheet("Agreement"), AgreementBreakdown.COLUMNS, rows, rows.size());
            }
            writeBook(book, file);
        } catch (IOException e) {
            throw new RatingException(file + ": cannot write the workbook (" + e.getMessage() + ")", e);
        }
        return new Written(file, scores.size(), withheld);
    }

    /** The tidy CSV of score rows read before ({@link #scoreRows}); reads nothing from the model. */
    public static Written scoresCsv(List<List<Object>> scores, int withheld, Path file) {
        writeCsv(file, SCORE_COLUMNS, scores);
        return new Written(file, scores.size(), withheld);
    }

    /** A workbook of the tables only. */
    public static Written tablesXlsx(List<ResultsTables.Table> tables, Path file) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            int rows = 0;
            for (ResultsTables.Table table : tables) {
                List<List<Object>> tableRows = tableRows(table);
                rows += tableRows.size();
                fill(book.createSheet(table.by() == ResultsTables.By.ITEM ? "By item" : "By practitioner"), tableHeader(table), tableRows,
                        tableRows.size() - 1);
            }
            writeBook(book, file);
            return new Written(file, rows, tables.isEmpty() ? 0 : tables.getFirst().withheldSheets());
        } catch (IOException e) {
            throw new RatingException(file + ": cannot write the workbook (" + e.getMessage() + ")", e);
        }
    }

    static List<String> tableHeader(ResultsTables.Table table) {
        List<String> header = new ArrayList<>();
        header.add(table.by() == ResultsTables.By.ITEM ? "item" : "practitioner");
        for (String condition : table.conditions()) {
            header.add(condition);
            header.add(condition + " missing");
            header.add(condition + " recordings");
        }
        header.add("difference");
        return header;
    }

    static List<List<Object>> tableRows(ResultsTables.Table table) {
        List<List<Object>> rows = new ArrayList<>();
        List<ResultsTables.Row> all = new ArrayList<>(table.rows());
        all.add(table.total());
        for (ResultsTables.Row row : all) {
            List<Object> line = new ArrayList<>();
            line.add(row.label());
            for (ResultsTables.Cell cell : row.cells()) {
                line.add(cell.recordings() == 0 ? null : cell.total());
                line.add(cell.missing());
                line.add(cell.recordings());
            }
            line.add(row.difference());
            rows.add(line);
        }
        return rows;
    }

    /** Writes the workbook through a temporary file ({@link FileReplace}): a failure leaves the file that was there. */
    private static void writeBook(XSSFWorkbook book, Path file) throws IOException {
        FileReplace.write(file, partial -> {
            try (OutputStream out = Files.newOutputStream(partial)) {
                book.write(out);
            }
        });
    }

    static void writeCsv(Path file, List<String> header, List<List<Object>> rows) {
        try {
            FileReplace.write(file, partial -> {
                try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
                    for (List<Object> row : rows) {
                        csv.printRecord(row.stream().map(RatingExport::csvValue).toList());
                    }
                }
            });
        } catch (IOException e) {
            throw new RatingException(file + ": cannot write the CSV file (" + e.getMessage() + ")", e);
        }
    }

    private static Object csvValue(Object value) {
        if (value instanceof Double d) {
            return ResultsTables.number(d);
        }
        return value == null ? "" : value;
    }

    /**
     * The rating sheet's internal id, which tells the rows of one sheet from another's, as the last column of the
     * workbook's "Scores", hidden there (unhide it to group by sheet); the CSV keeps {@link #SCORE_COLUMNS}' order
     * for scripts.
     */
    private static <T> List<T> sheetIdLast(List<T> row) {
        List<T> moved = new ArrayList<>(row.subList(1, row.size()));
        moved.add(row.get(0));
        return moved;
    }

    /** Header and rows, laid out by {@link SheetLayout}; rows after {@code lastFilteredRow} (a total) stay out of the filter. */
    static void fill(Sheet sheet, List<String> header, List<List<Object>> rows, int lastFilteredRow) {
        SheetLayout.header(sheet, header);
        SheetLayout.rows(sheet, rows);
        SheetLayout.finish(sheet, 1, lastFilteredRow);
    }
}
