package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attune.cli.Cli;
import org.attune.cli.CliFailure;
import org.attune.core.Printable;
import org.attune.importer.survey.ColumnRole;
import org.attune.importer.survey.Sheet;
import org.attune.importer.survey.SheetProblem;
import org.attune.importer.survey.SheetReader;
import org.attune.importer.survey.SurveyImport;
import org.attune.importer.survey.SurveyPlan;
import org.attune.importer.survey.SurveyReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import-survey <project> FILE --id COLUMN} (beside {@code import-qdpx}: {@code import}'s required file arguments keep it from having subcommands): a questionnaire or spreadsheet as cases, attributes and answer
 * sources in one action. Without --attribute/--answer every column gets its guessed role; with them only the
 * columns named are imported. Exit code 1 when a row or cell was skipped (the rest is imported).
 */
@Command(name = "import-survey", description = "Import a questionnaire or spreadsheet (CSV, XLSX, ODS): one case per row, columns as case attributes or open answers.")
public class ImportSurveyCommand extends OnProject {
    @Parameters(index = "1", paramLabel = "FILE", description = "A .csv (comma, semicolon or tab; UTF-8), .xlsx or .ods file.")
    Path file;

    @Option(names = "--id", required = true, paramLabel = "COLUMN", description = "The column that identifies the participant (the case name).")
    String idColumn;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The workbook sheet to read (default: the first).")
    String sheetName;

    @Option(names = "--attribute", paramLabel = "COL[:TYPE]", description = "A column to import as a case attribute; TYPE is number, date, choice or text (default: guessed).")
    List<String> attributes = new ArrayList<>();

    @Option(names = "--answer", paramLabel = "COL", description = "A column of open answers: one text source for the question, each answer a turn of its case.")
    List<String> answers = new ArrayList<>();

    @Option(names = "--dry-run", description = "Print the plan (each column's role) and import nothing.")
    boolean dryRun;

    record Column(String column, String role) {
    }

    record Plan(Path file, String id, List<Column> columns) {
    }

    record Summary(Path file, int casesCreated, int casesUpdated, int valuesSet, int answers, List<String> answerSources,
            int codingsCarried, List<String> problems) {
    }

    @Override
    public Integer call() {
        Sheet sheet;
        SurveyPlan plan;
        try {
            sheet = SheetReader.read(file, sheetName);
            plan = plan(sheet);
        } catch (SheetProblem e) {
            throw new CliFailure(e.getMessage(), e);
        }
        if (dryRun) {
            List<Column> columns = plan.roles().entrySet().stream().map(e -> new Column(e.getKey(), e.getValue().label())).toList();
            StringBuilder text = new StringBuilder();
            columns.forEach(c -> text.append(String.format(Locale.ROOT, "%-8s  %s%n", c.role(), Printable.of(c.column()))));
            return output.done(new Plan(file.toAbsolutePath(), plan.idColumn(), columns), text.toString().stripTrailing());
        }
        SurveyPlan chosen = plan;
        return change(open -> {
            SurveyReport r = new SurveyImport(open.store).run(file, sheet, chosen);
            StringBuilder text = new StringBuilder();
            r.problems().forEach(p -> text.append("skipped: ").append(Printable.of(p)).append('\n'));
            output.print(new Summary(file.toAbsolutePath(), r.casesCreated(), r.casesUpdated(), r.valuesSet(), r.answersImported(),
                    r.answerSources(), r.codingsCarried(), r.problems()), text + Printable.of(r.summary()));
            return r.problems().isEmpty() ? Cli.OK : Cli.FAILED;
        });
    }

    /** The guessed plan, or, when columns are named, only those columns with the roles given. */
    private SurveyPlan plan(Sheet sheet) throws SheetProblem {
        SurveyPlan plan = SurveyPlan.guess(sheet, idColumn);
        if (attributes.isEmpty() && answers.isEmpty()) {
            return plan;
        }
        Set<String> named = new HashSet<>();
        for (String attribute : attributes) {
            int colon = attribute.lastIndexOf(':');
            ColumnRole role = colon < 0 ? null : ColumnRole.parse(attribute.substring(colon + 1));
            String column = role == null ? attribute : attribute.substring(0, colon);
            if (role == null && colon >= 0 && sheet.column(attribute) < 0) {
                throw new SheetProblem("--attribute " + attribute + ": the type must be number, date, choice or text");
            }
            if (role == null) {
                role = plan.roles().getOrDefault(sheet.columns().get(Math.max(0, sheet.column(column))), ColumnRole.TEXT);
                role = role.isAttribute() ? role : ColumnRole.TEXT;
            } else if (!role.isAttribute()) {
                throw new SheetProblem("--attribute " + attribute + ": the type must be number, date, choice or text");
            }
            plan = plan.with(sheet, column, role);
            named.add(sheet.columns().get(sheet.column(column)));
        }
        for (String answer : answers) {
            plan = plan.with(sheet, answer, ColumnRole.ANSWER);
            named.add(sheet.columns().get(sheet.column(answer)));
        }
        return plan.onlyColumns(named);
    }
}
