package org.attune.importer.survey;

import java.util.List;

/**
 * Guesses a column's role from its values: all numbers → number, all dates → date, long or varied prose →
 * an open answer, few distinct short values that repeat → choice, else text.
 */
public final class ColumnGuess {
    static final int MAX_CHOICES = 12;
    static final int ANSWER_LENGTH = 60;

    private ColumnGuess() {
    }

    public static ColumnRole guess(List<String> cells) {
        List<String> values = cells.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (values.isEmpty()) {
            return ColumnRole.SKIP;
        }
        if (values.stream().allMatch(v -> CellValues.number(v) != null)) {
            return ColumnRole.NUMBER;
        }
        if (values.stream().allMatch(v -> CellValues.date(v) != null)) {
            return ColumnRole.DATE;
        }
        double average = values.stream().mapToInt(String::length).average().orElse(0);
        if (average >= ANSWER_LENGTH / 2.0 || values.stream().anyMatch(v -> v.length() >= ANSWER_LENGTH)) {
            return ColumnRole.ANSWER;
        }
        long distinct = values.stream().map(String::toLowerCase).distinct().count();
        if (distinct <= MAX_CHOICES && distinct < values.size()) {
            return ColumnRole.CHOICE;
        }
        return average > 20 ? ColumnRole.ANSWER : ColumnRole.TEXT;
    }
}
