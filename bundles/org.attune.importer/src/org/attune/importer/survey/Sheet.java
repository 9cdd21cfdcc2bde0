package org.attune.importer.survey;

import java.util.List;

/**
 * A sheet as read: its column names and its rows of cell texts (blank cells are empty strings, every row as long
 * as the header). {@code rowNumbers} gives each row's number as a spreadsheet shows it (the header is row 1);
 * {@code notes} says what of the file is not in the rows (cells to the right of the last named column).
 */
public record Sheet(String name, List<String> columns, List<List<String>> rows, List<Integer> rowNumbers, List<String> notes) {

    public Sheet {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        rowNumbers = List.copyOf(rowNumbers);
        notes = List.copyOf(notes);
    }

    public int column(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        return -1;
    }

    /** The cells of one column, top to bottom. */
    public List<String> values(int column) {
        return rows.stream().map(r -> r.get(column)).toList();
    }
}
