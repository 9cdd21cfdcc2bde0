package org.attune.importer.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The one home of how a cell is read as a number or a date: numbers with a point (or a comma as the only
 * separator) as decimal mark; dates as 2024-03-31, 31/03/2024, 31.03.2024 or 31-03-2024 (day first), stored as ISO
 * dates; and how a workbook's own dates and times become text without losing the time of day.
 */
public final class CellValues {
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"));
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** The days a time of day alone reads as: spreadsheets keep it as a fraction of a day after their day 0. */
    private static final List<LocalDate> DAY_ZERO = List.of(LocalDate.of(1899, 12, 30), LocalDate.of(1899, 12, 31));

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

    /**
     * A workbook's date-and-time (a date-formatted XLSX cell, an ODS date) as text that keeps all of it, to the second:
     * the date alone (yyyy-MM-dd) at midnight, the time alone (HH:mm:ss) where the cell holds only a time of day, else
     * "yyyy-MM-dd HH:mm:ss". Taking the date alone turned a column of times into 31 December 1899 in every row.
     */
    public static String dateTime(LocalDateTime value) {
        LocalDateTime rounded = value.plusNanos(500_000_000).withNano(0); // a day's fraction in binary misses the second
        LocalTime time = rounded.toLocalTime();
        if (DAY_ZERO.contains(rounded.toLocalDate())) {
            return time.format(CLOCK);
        }
        return time.equals(LocalTime.MIDNIGHT) ? rounded.toLocalDate().toString() : rounded.toLocalDate() + " " + time.format(CLOCK);
    }

    /** As {@link #dateTime(LocalDateTime)}, for an ISO date or date-time as ODS writes them; other text as it is. */
    public static String dateTime(String iso) {
        try {
            return iso.indexOf('T') > 0 ? dateTime(LocalDateTime.parse(iso)) : LocalDate.parse(iso).toString();
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
