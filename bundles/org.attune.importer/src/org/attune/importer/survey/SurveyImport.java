package org.attune.importer.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

import org.attune.core.ActionLabel;
import org.attune.importer.text.TextNormalizer;
import org.attune.model.AttributeDefinition;
import org.attune.model.AttributeType;
import org.attune.model.AttributeValue;
import org.attune.model.AttuneFactory;
import org.attune.model.Case;
import org.attune.store.ProjectStore;

/**
 * Imports a sheet by a plan as one undoable action: a case per row (an existing case of that name is updated),
 * its attribute cells as typed case attributes, its answer cells as turns of the questions' sources. A blank
 * cell keeps what is stored; a cell that is not of its column's type is reported and keeps what is stored.
 */
public final class SurveyImport {
    private static final AttuneFactory F = AttuneFactory.eINSTANCE;

    private final ProjectStore store;

    public SurveyImport(ProjectStore store) {
        this.store = store;
    }

    /** Imports {@code sheet}, read from {@code file}, by {@code plan}, on this thread. */
    public SurveyReport run(Path file, Sheet sheet, SurveyPlan plan) throws SheetProblem {
        return run(file, sheet, plan, Runnable::run, () -> false);
    }

    /**
     * Imports {@code sheet} by {@code plan}: the cells are checked on this thread, the project is changed in one
     * action on {@code modelThread} (which returns once it ran, e.g. {@code Display::syncExec}).
     *
     * @param cancelled asked until the action starts; once it says yes nothing is imported
     * @throws CancellationException when cancelled before the action
     */
    public SurveyReport run(Path file, Sheet sheet, SurveyPlan plan, Executor modelThread, BooleanSupplier cancelled) throws SheetProblem {
        if (sheet.column(plan.idColumn()) < 0) {
            throw new SheetProblem(sheet.name() + ": there is no column \"" + plan.idColumn() + "\"");
        }
        List<String> checked = new ArrayList<>(sheet.notes());
        List<SurveyRows.Row> rows = SurveyRows.of(sheet, plan, checked);
        Map<String, Map<String, String>> values = attributeValues(sheet, plan, rows, checked);
        SurveyReport[] report = new SurveyReport[1];
        RuntimeException[] failure = new RuntimeException[1];
        if (!cancelled.getAsBoolean()) {
            modelThread.execute(() -> {
                try {
                    if (!cancelled.getAsBoolean()) {
                        report[0] = apply(file, sheet, plan, rows, values, new ArrayList<>(checked));
                    }
                } catch (RuntimeException e) {
                    failure[0] = e;
                }
            });
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        if (report[0] == null) {
            throw new CancellationException("the import of " + sheet.name() + " was cancelled; nothing was imported");
        }
        return report[0];
    }

    /**
     * What is wrong with {@code idColumn} as the participant id of {@code sheet}: each row whose id cell is empty and
     * each row whose id repeats an earlier row's (the same messages as the import's report); empty when every row has
     * its own id.
     */
    public static List<String> idProblems(Sheet sheet, String idColumn) throws SheetProblem {
        SurveyPlan plan = SurveyPlan.guess(sheet, idColumn);
        List<String> problems = new ArrayList<>();
        SurveyRows.of(sheet, plan, problems);
        return problems;
    }

    private SurveyReport apply(Path file, Sheet sheet, SurveyPlan plan, List<SurveyRows.Row> rows, Map<String, Map<String, String>> values,
            List<String> problems) {
        Map<String, AnswerSource> questions = new LinkedHashMap<>();
        plan.roles().forEach((column, role) -> {
            if (role == ColumnRole.ANSWER) {
                questions.put(column, new AnswerSource(store, sheet.name(), column));
            }
        });
        int[] counts = new int[5]; // created, updated, values, answers, carried
        List<String> sourceNames = new ArrayList<>();
        store.apply("Import survey " + ActionLabel.q(sheet.name()), () -> {
            Map<String, Case> cases = new HashMap<>();
            for (SurveyRows.Row row : rows) {
                Case participant = store.project().getCases().stream().filter(c -> c.getName() != null && c.getName().strip().equalsIgnoreCase(row.id()))
                        .findFirst().orElse(null);
                if (participant == null) {
                    participant = F.createCase();
                    participant.setName(row.id());
                    store.project().getCases().add(participant);
                    counts[0]++;
                } else {
                    counts[1]++;
                }
                cases.put(row.id(), participant);
                for (Map.Entry<String, String> value : values.get(row.id()).entrySet()) {
                    set(participant, definition(value.getKey(), plan.roles().get(value.getKey())), value.getValue());
                    counts[2]++;
                }
                for (Map.Entry<String, AnswerSource> question : questions.entrySet()) {
                    String answer = TextNormalizer.normalize(row.cells().get(sheet.column(question.getKey()))).strip();
                    if (!answer.isEmpty()) {
                        question.getValue().answer(participant, answer);
                    }
                }
            }
            for (AnswerSource question : questions.values()) {
                counts[4] += question.apply(file.getFileName().toString(), file.toAbsolutePath().toString(), problems, sourceNames);
                counts[3] += question.answerCount();
            }
        });
        return new SurveyReport(sheet.name(), counts[0], counts[1], counts[2], sourceNames, counts[3], counts[4], problems);
    }

    /** Per row id, the attribute values to set (column → value as stored), each cell checked against its type. */
    private static Map<String, Map<String, String>> attributeValues(Sheet sheet, SurveyPlan plan, List<SurveyRows.Row> rows, List<String> problems) {
        Map<String, Map<String, String>> values = new HashMap<>();
        for (SurveyRows.Row row : rows) {
            Map<String, String> set = new LinkedHashMap<>();
            plan.roles().forEach((column, role) -> {
                String cell = row.cells().get(sheet.column(column)).strip();
                if (!role.isAttribute() || cell.isEmpty()) {
                    return;
                }
                String value = switch (role) {
                    case NUMBER -> CellValues.number(cell);
                    case DATE -> CellValues.date(cell);
                    default -> cell;
                };
                if (value == null) {
                    problems.add("row " + row.number() + ", column " + column + ": \"" + cell + "\" is not a " + role.label()
                            + "; the stored value is kept");
                } else {
                    set.put(column, value);
                }
            });
            values.put(row.id(), set);
        }
        return values;
    }

    /** The project's attribute of that name, made with the column's type on first use; choices grow with new values. */
    private AttributeDefinition definition(String name, ColumnRole role) {
        AttributeType type = AttributeType.get(role.label());
        return store.project().getAttributeDefinitions().stream().filter(d -> !d.isForSources() && d.getName().equalsIgnoreCase(name)).findFirst().orElseGet(() -> {
            AttributeDefinition d = F.createAttributeDefinition();
            d.setName(name);
            d.setType(type);
            store.project().getAttributeDefinitions().add(d);
            return d;
        });
    }

    private static void set(Case participant, AttributeDefinition definition, String value) {
        if (definition.getType() == AttributeType.CHOICE && definition.getChoices().stream().noneMatch(value::equalsIgnoreCase)) {
            definition.getChoices().add(value);
        }
        AttributeValue stored = participant.getValues().stream().filter(v -> v.getDefinition() == definition).findFirst().orElse(null);
        if (stored == null) {
            stored = F.createAttributeValue();
            stored.setDefinition(definition);
            participant.getValues().add(stored);
        }
        if (!value.equals(stored.getValue())) {
            stored.setValue(value);
        }
    }
}
