package org.attune.importer.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The one home of how a cell is read as a number or a date: numbers with a point (or a comma as the only
 * separator) as decimal mark; dates as 2024-03-31, 31/03/2024 or 31.03.2024 (day first), stored as ISO dates.
 */
public final class CellValues {
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"));

    private CellValues() {
    }

    /** The number in {@code cell} in plain notation, or null if it is not one. */
    public static String number(String cell) {
        String s = cell.strip();
        if (s.indexOf(',') >= 0 && s.indexOf('.') < 0) {
            s = s.replace(',', '.');
        }
        try {
            return new BigDecimal(s).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The date in {@code cell} as yyyy-MM-dd, or null if it is not one. */
    public static String date(String cell) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(cell.strip(), format).toString();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
