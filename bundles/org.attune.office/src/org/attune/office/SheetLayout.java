package org.attune.office;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every sheet Attune exports looks, in one place: a bold, grey-filled header row that stays in view
 * (frozen) and carries an auto-filter; each column as wide as its longest line (header included) between
 * {@link #MIN_WIDTH} and {@link #MAX_WIDTH} characters, and the text of a column that hits the cap wrapped and
 * top-aligned rather than cut off. Numbers are left to the caller as numeric cells; this class only measures them.
 */
public final class SheetLayout {
    /** Narrowest column, in characters. */
    public static final int MIN_WIDTH = 8;
    /** Widest column, in characters; longer text wraps. */
    public static final int MAX_WIDTH = 60;

    /** Excel keeps at most this many characters in a cell. */
    public static final int CELL_LIMIT = 32_767;

    private SheetLayout() {
    }

    /**
     * {@code text} as a cell holds it: whole when it fits Excel's cell limit, else cut (never inside a character)
     * and marked as cut, saying where the full text is ({@code whereWhole}).
     */
    public static String fit(String text, String whereWhole) {
        if (text.length() <= CELL_LIMIT) {
            return text;
        }
        String marker = "\n[\u2026 cut at Excel's cell limit; " + whereWhole + "]";
        int end = CELL_LIMIT - marker.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + marker;
    }

    /** The header style: bold on a light grey fill, wrapped, top-aligned. One per workbook is enough. */
    public static CellStyle headerStyle(Workbook book) {
        Font font = book.createFont();
        font.setBold(true);
        CellStyle style = book.createCellStyle();
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    /** Writes {@code titles} as row 0 of {@code sheet} in the {@link #headerStyle}. */
    public static Row header(Sheet sheet, List<String> titles) {
        CellStyle style = headerStyle(sheet.getWorkbook());
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(titles.get(i));
            cell.setCellStyle(style);
        }
        return row;
    }

    /**
     * Writes {@code rows} below the header, from row 1: a number as a numeric cell, a boolean as a boolean, null
     * as no cell (missing), anything else as its text.
     */
    public static void rows(Sheet sheet, List<? extends List<?>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<?> values = rows.get(r);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                switch (value) {
                    case Number n -> cell.setCellValue(n.doubleValue());
                    case Boolean b -> cell.setCellValue(b);
                    default -> cell.setCellValue(value.toString());
                }
            }
        }
    }

    /**
     * Finishes a sheet whose row 0 is its header: freezes the header (and the first {@code frozenColumns}
     * columns), puts an auto-filter on the header over rows 0 to {@code lastFilteredRow} (a totals row below
     * it stays out of sorting), and sizes and wraps every column as the class comment says.
     */
    public static void finish(Sheet sheet, int frozenColumns, int lastFilteredRow) {
        Row header = sheet.getRow(0);
        int columns = header == null ? 0 : header.getLastCellNum();
        if (columns <= 0) {
            return;
        }
        sheet.createFreezePane(frozenColumns, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, lastFilteredRow), 0, columns - 1));
        int[] widths = new int[columns];
        for (Row row : sheet) {
            for (Cell cell : row) {
                int c = cell.getColumnIndex();
                if (c < columns) {
                    widths[c] = Math.max(widths[c], longestLine(cell) + (row.getRowNum() == 0 ? 3 : 2));
                }
            }
        }
        Map<Short, CellStyle> wrapped = new HashMap<>();
        for (int c = 0; c < columns; c++) {
            int width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c]));
            sheet.setColumnWidth(c, 256 * width);
            if (widths[c] > MAX_WIDTH) {
                for (Row row : sheet) {
                    Cell cell = row.getCell(c);
                    if (cell != null && row.getRowNum() > 0) {
                        cell.setCellStyle(wrapped(sheet.getWorkbook(), cell.getCellStyle(), wrapped));
                    }
                }
            }
        }
    }

    private static CellStyle wrapped(Workbook book, CellStyle base, Map<Short, CellStyle> cache) {
        if (base.getWrapText()) {
            return base;
        }
        return cache.computeIfAbsent(base.getIndex(), k -> {
            CellStyle style = book.createCellStyle();
            style.cloneStyleFrom(base);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    private static int longestLine(Cell cell) {
        String text = switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> number(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> cell.getCellType() == CellType.BLANK ? "" : cell.toString();
        };
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.codePointCount(0, line.length()));
        }
        return longest;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
