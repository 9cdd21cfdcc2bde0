package org.attune.importer.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of a sheet that identify a participant: a row whose id cell is empty is reported and skipped; a
 * repeated id (ignoring case) is reported and its later rows skipped, so the first row of each id counts.
 */
final class SurveyRows {
    /** One participant's row: the case name (the id cell, stripped), the row's number and its cells. */
    record Row(String id, int number, List<String> cells) {
    }

    private SurveyRows() {
    }

    static List<Row> of(Sheet sheet, SurveyPlan plan, List<String> problems) {
        int idColumn = sheet.column(plan.idColumn());
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < sheet.rows().size(); r++) {
            List<String> cells = sheet.rows().get(r);
            int number = sheet.rowNumbers().get(r);
            String id = cells.get(idColumn).strip();
            if (id.isEmpty()) {
                problems.add("row " + number + ": the id cell (" + plan.idColumn() + ") is empty; the row is skipped");
                continue;
            }
            Integer first = seen.putIfAbsent(id.toLowerCase(Locale.ROOT), number);
            if (first != null) {
                problems.add("row " + number + ": the id \"" + id + "\" is also in row " + first + "; only row " + first + " is imported");
                continue;
            }
            rows.add(new Row(id, number, cells));
        }
        return rows;
    }
}
