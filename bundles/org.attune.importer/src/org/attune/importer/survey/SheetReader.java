package org.attune.importer.survey;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a CSV file (Commons CSV; delimiter , ; or tab and UTF-8 with or without BOM, detected) or an XLSX/XLS
 * workbook (Apache POI) or an OpenDocument spreadsheet ({@link OdsReader}), the first sheet or a named one. The
 * first row names the columns.
 */
public final class SheetReader {

    private SheetReader() {
    }

    /** @param sheetName the workbook sheet to read, or null for the first (ignored for CSV) */
    public static Sheet read(Path file, String sheetName) throws SheetProblem {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            throw new SheetProblem(name + ": there is no such file");
        }
        if (isWorkbook(lower)) {
            return workbook(file, sheetName);
        }
        if (lower.endsWith(".ods")) {
            OdsReader.Table table = OdsReader.read(file, sheetName);
            return tabulate(name + (sheetName == null ? "" : " [" + table.name() + "]"), table.rows(), table.rowNumbers());
        }
        return csv(file);
    }

    /** The names of a workbook's sheets in order (XLSX, XLS, ODS); empty for a CSV file, which has one. */
    public static List<String> sheetNames(Path file) throws SheetProblem {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            throw new SheetProblem(name + ": there is no such file");
        }
        if (lower.endsWith(".ods")) {
            return OdsReader.sheetNames(file);
        }
        if (!isWorkbook(lower)) {
            return List.of();
        }
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            return names;
        } catch (IOException | RuntimeException e) {
            throw new SheetProblem(name + ": it is not a readable spreadsheet (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + ")", e);
        }
    }

    private static boolean isWorkbook(String lowerName) {
        return lowerName.endsWith(".xlsx") || lowerName.endsWith(".xls") || lowerName.endsWith(".xlsm");
    }

    static Sheet csv(Path file) throws SheetProblem {
        String name = file.getFileName().toString();
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SheetProblem(name + ": it is not UTF-8 text (save it as \"CSV UTF-8\")");
        } catch (IOException e) {
            throw new SheetProblem(name + ": it could not be read (" + e.getMessage() + ")", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new SheetProblem(name + ": it is not a CSV file (it holds binary data)");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true).get();
        List<List<String>> table = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(cells::add);
                table.add(cells);
                lines.add((int) record.getRecordNumber());
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new SheetProblem(name + ": it is not well-formed CSV (" + e.getMessage() + ")", e);
        }
        return tabulate(name, table, lines);
    }

    /** The delimiter among , ; and tab that occurs most often in the header line. */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long bestCount = 0;
        for (char c : new char[] {',', ';', '\t'}) {
            long count = header.chars().filter(ch -> ch == c).count();
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }

    static Sheet workbook(Path file, String sheetName) throws SheetProblem {
        String name = file.getFileName().toString();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            org.apache.poi.ss.usermodel.Sheet sheet = sheetName == null ? workbook.getSheetAt(0) : workbook.getSheet(sheetName);
            if (sheet == null) {
                List<String> names = new ArrayList<>();
                workbook.forEach(s -> names.add(s.getSheetName()));
                throw new SheetProblem(name + ": there is no sheet \"" + sheetName + "\" (it has " + String.join(", ", names) + ")");
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> table = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(cell(row.getCell(c), formatter));
                }
                if (cells.stream().anyMatch(s -> !s.isBlank())) {
                    table.add(cells);
                    rows.add(row.getRowNum() + 1);
                }
            }
            return tabulate(name + (sheetName == null ? "" : " [" + sheetName + "]"), table, rows);
        } catch (IOException | RuntimeException e) {
            throw new SheetProblem(name + ": it is not a readable spreadsheet (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + ")", e);
        }
    }

    private static String cell(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return CellValues.dateTime(cell.getLocalDateTimeCellValue());
            }
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        if (type == CellType.STRING) {
            return cell.getRichStringCellValue().getString();
        }
        return cell.getCellType() == CellType.FORMULA ? "" : formatter.formatCellValue(cell);
    }

    /** Pads or reports rows against the header; a sheet needs a header with named, distinct columns. */
    private static Sheet tabulate(String name, List<List<String>> table, List<Integer> rowNumbers) throws SheetProblem {
        if (table.isEmpty()) {
            throw new SheetProblem(name + ": it is empty (the first row should name the columns)");
        }
        List<String> columns = table.get(0).stream().map(String::strip).toList();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).isEmpty()) {
                throw new SheetProblem(name + ": column " + (i + 1) + " has no name in the first row");
            }
            for (int j = 0; j < i; j++) {
                if (columns.get(j).equalsIgnoreCase(columns.get(i))) {
                    throw new SheetProblem(name + ": two columns are named \"" + columns.get(i) + "\"");
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> row = table.get(r);
            if (row.subList(Math.min(row.size(), columns.size()), row.size()).stream().anyMatch(cell -> !cell.isBlank())) {
                notes.add("row " + rowNumbers.get(r) + ": cells to the right of the last named column (" + columns.get(columns.size() - 1)
                        + ") are not imported; name their column in the first row");
            }
            List<String> cells = new ArrayList<>(row.subList(0, Math.min(row.size(), columns.size())));
            while (cells.size() < columns.size()) {
                cells.add("");
            }
            rows.add(cells);
        }
        return new Sheet(name, columns, rows, rowNumbers.subList(1, rowNumbers.size()), notes);
    }
}
