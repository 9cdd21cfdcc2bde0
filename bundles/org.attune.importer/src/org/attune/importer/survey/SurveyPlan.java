package org.attune.importer.survey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What each column of a sheet becomes: the id column (→ cases) and a role for every other column. */
public record SurveyPlan(String idColumn, Map<String, ColumnRole> roles) {

    public SurveyPlan {
        roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
    }

    /** The guessed plan for {@code sheet} with {@code idColumn} identifying the participant. */
    public static SurveyPlan guess(Sheet sheet, String idColumn) throws SheetProblem {
        int id = sheet.column(idColumn);
        if (id < 0) {
            throw new SheetProblem(sheet.name() + ": there is no column \"" + idColumn + "\" (the columns are "
                    + String.join(", ", sheet.columns()) + ")");
        }
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        for (int c = 0; c < sheet.columns().size(); c++) {
            roles.put(sheet.columns().get(c), c == id ? ColumnRole.ID : ColumnGuess.guess(sheet.values(c)));
        }
        return new SurveyPlan(sheet.columns().get(id), roles);
    }

    /**
     * The column that most likely identifies the participant: the first whose cells are all filled and all different
     * (ignoring case), else the first column.
     */
    public static String guessId(Sheet sheet) {
        for (int c = 0; c < sheet.columns().size(); c++) {
            java.util.List<String> cells = sheet.values(c).stream().map(s -> s.strip().toLowerCase(java.util.Locale.ROOT)).toList();
            if (!cells.isEmpty() && cells.stream().noneMatch(String::isEmpty) && cells.stream().distinct().count() == cells.size()) {
                return sheet.columns().get(c);
            }
        }
        return sheet.columns().get(0);
    }

    /** This plan with {@code column} given {@code role} instead (not the id column). */
    public SurveyPlan with(Sheet sheet, String column, ColumnRole role) throws SheetProblem {
        int c = sheet.column(column);
        if (c < 0) {
            throw new SheetProblem(sheet.name() + ": there is no column \"" + column + "\"");
        }
        String name = sheet.columns().get(c);
        if (name.equals(idColumn) || role == ColumnRole.ID) {
            throw new SheetProblem(sheet.name() + ": \"" + name + "\" cannot be both the id column and " + role.label());
        }
        Map<String, ColumnRole> changed = new LinkedHashMap<>(roles);
        changed.put(name, role);
        return new SurveyPlan(idColumn, changed);
    }

    /** This plan with every column not given a role in {@code kept} skipped (for a plan given column by column). */
    public SurveyPlan onlyColumns(java.util.Set<String> kept) {
        Map<String, ColumnRole> changed = new LinkedHashMap<>();
        roles.forEach((column, role) -> changed.put(column, role == ColumnRole.ID || kept.contains(column) ? role : ColumnRole.SKIP));
        return new SurveyPlan(idColumn, changed);
    }
}
