package org.attune.cli.internal;

import java.util.ArrayList;
import java.util.List;

/** Text layout shared by the coding commands: one-line excerpts and aligned tables. */
final class CodingText {
    private CodingText() {
    }

    /** The text on one line: runs of whitespace, line breaks included, become one space. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** The text on one line, cut with an ellipsis after {@code width} characters. */
    static String abbreviate(String text, int width) {
        String line = oneLine(text);
        return line.length() <= width ? line : line.substring(0, width - 1) + "…";
    }

    /** Rows under a header, each column as wide as its widest cell, two spaces apart. */
    static String table(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        int[] widths = new int[header.size()];
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], cell(row, i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(i == 0 ? "" : "  ").append(String.format("%-" + Math.max(1, widths[i]) + "s", cell(row, i)));
            }
            text.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return text.toString();
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i) : "";
    }
}
