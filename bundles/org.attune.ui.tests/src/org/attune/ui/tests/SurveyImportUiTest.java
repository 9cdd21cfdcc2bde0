package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attune.model.Case;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.WidgetIds;
import org.attune.ui.imports.SurveyResultDialog;
import org.attune.ui.imports.SurveyWizard;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Import Questionnaire or Spreadsheet... in the real workbench on a generated XLSX: the columns' roles, the id
 * checks, the import as a job, then the cases with their values in the Cases view, the answer source in the Project
 * Explorer, an answer found by Search, and a re-import of the edited sheet that updates a value without new cases.
 */
class SurveyImportUiTest {
    private static final Path SCREENSHOTS = Path.of(System.getProperty("attune.screenshots", "target/screenshots"));

    @AfterEach
    void closeTheProject() {
        Workbench.closeProject();
    }

    /** Group (repeats), Family (the id), SDQ total (numbers), Visit (dates), Notes (to ignore), What helped most? (answers). */
    private static Path sheet(Path file, String f02Sdq) throws Exception {
        String[][] rows = {{"Group", "Family", "SDQ total", "Visit", "Notes", "What helped most?"},
            {"VIG", "F01", "14", "2024-03-01", "called twice", "Watching the videos of us playing together, seeing myself calm with him."},
            {"VIG", "F02", f02Sdq, "2024-03-05", "", "Talking it through with the guider afterwards, every single week."},
            {"control", "F03", "11", "2024-03-07", "moved", "Nothing much, the waiting list felt long and the evenings were hard."}};
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            org.apache.poi.ss.usermodel.Sheet data = workbook.createSheet("Followup");
            for (int r = 0; r < rows.length; r++) {
                Row row = data.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (r > 0 && c == 2) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static void choose(Combo combo, String item) {
        UiThread.run(() -> {
            int index = combo.indexOf(item);
            assertTrue(index >= 0, item + " in " + List.of(combo.getItems()));
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    private static String role(Shell wizard, String column) {
        Combo combo = Widgets.byId(wizard, Combo.class, WidgetIds.SURVEY_ROLE + "." + column);
        return UiThread.call(combo::getText);
    }

    /** Runs the wizard on {@code file} with Notes ignored; returns the summary shown after the import. */
    private static String importThroughTheWizard(Shell window, Path file, boolean screenshots) throws Exception {
        Input.select(Widgets.menuItem(window, "File", "Import Questionnaire or Spreadsheet..."));
        Shell wizard = Widgets.shell(SurveyWizard.TITLE);
        Button next = Widgets.byText(wizard, Button.class, "Next >");
        Button finish = Widgets.byText(wizard, Button.class, "Finish");
        assertFalse(UiThread.call(next::isEnabled), "no file yet");
        Input.type(Widgets.byId(wizard, Text.class, WidgetIds.SURVEY_FILE), file.toString());
        UiThread.waitUntil("the sheet read", next::isEnabled);
        Combo sheets = Widgets.byId(wizard, Combo.class, WidgetIds.SURVEY_SHEET);
        assertEquals("Followup", UiThread.call(sheets::getText));
        if (screenshots) {
            Screenshots.capture(SCREENSHOTS.resolve("survey-wizard-file.png"));
        }
        Input.click(next);
        Table preview = Widgets.byId(wizard, Table.class, WidgetIds.SURVEY_PREVIEW);
        assertEquals(List.of("Group", "Family", "SDQ total", "Visit", "Notes", "What helped most?"),
                UiThread.call(() -> Arrays.stream(preview.getColumns()).map(TableColumn::getText).toList()));
        assertEquals(3, UiThread.call(preview::getItemCount));
        // the importer's guess: Family is the first column with a distinct id in every row
        assertEquals(List.of("attribute: choice", "participant id (case)", "attribute: number", "attribute: date", "attribute: text",
                "open answer (a source per question)"), List.of(role(wizard, "Group"), role(wizard, "Family"), role(wizard, "SDQ total"),
                        role(wizard, "Visit"), role(wizard, "Notes"), role(wizard, "What helped most?")));
        WizardDialog dialog = (WizardDialog) UiThread.call(wizard::getData);
        // Group as the id: its repeated ids are named with their rows, and the rest would import
        choose(Widgets.byId(wizard, Combo.class, WidgetIds.SURVEY_ROLE + ".Group"), "participant id (case)");
        assertEquals("attribute: text", role(wizard, "Family"), "the former id column gets its guessed role back");
        String warning = UiThread.call(() -> dialog.getCurrentPage().getMessage());
        assertEquals(IMessageProvider.WARNING, (int) UiThread.call(() -> ((org.eclipse.jface.dialogs.IMessageProvider) dialog.getCurrentPage()).getMessageType()));
        assertTrue(warning.startsWith("Rows that will be skipped (1): row 3: the id \"VIG\" is also in row 2"), warning);
        // no id column: the page says so and cannot finish
        choose(Widgets.byId(wizard, Combo.class, WidgetIds.SURVEY_ROLE + ".Group"), "ignore");
        assertEquals("Choose the column that identifies the participant (participant id).",
                UiThread.call(() -> dialog.getCurrentPage().getErrorMessage()));
        assertFalse(UiThread.call(finish::isEnabled));
        choose(Widgets.byId(wizard, Combo.class, WidgetIds.SURVEY_ROLE + ".Family"), "participant id (case)");
        choose(Widgets.byId(wizard, Combo.class, WidgetIds.SURVEY_ROLE + ".Notes"), "ignore");
        UiThread.waitUntil("Finish to be enabled", finish::isEnabled);
        assertEquals(null, UiThread.call(() -> dialog.getCurrentPage().getErrorMessage()));
        if (screenshots) {
            Screenshots.capture(SCREENSHOTS.resolve("survey-wizard-columns.png"));
            org.eclipse.swt.graphics.Point size = UiThread.call(wizard::getSize);
            assertTrue(size.x <= 1280 && size.y <= 800, "the wizard fits a 1280x800 screen: " + size);
        }
        Input.click(finish);
        Shell result = Widgets.shell(SurveyResultDialog.TITLE);
        Label summaryLabel = Widgets.byId(result, Label.class, WidgetIds.SURVEY_SUMMARY);
        String summary = UiThread.call(summaryLabel::getText);
        if (screenshots) {
            Screenshots.capture(SCREENSHOTS.resolve("survey-result.png"));
        }
        Input.click(Widgets.byText(result, Button.class, "Close"));
        UiThread.waitUntil("the summary to close", result::isDisposed);
        return summary;
    }

    @Test
    void importsASheetAsCasesAttributesAndAnAnswerSourceAndReImportUpdates(@TempDir Path tmp) throws Exception {
        Path file = sheet(tmp.resolve("followup.xlsx"), "9");
        ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Survey UI", OpenOptions.of("Attune workbench").withBackups(false));
        Shell window = Workbench.open(store);

        String summary = importThroughTheWizard(window, file, true);
        assertEquals("followup.xlsx\nNew cases: 3\nUpdated cases: 0\nAttribute values set: 6\nAnswers: 3 (question sources: 1)\n"
                + "Codings kept on unchanged answers: 0", summary);

        // the Cases view: a row per family with its values; Group and Notes were not imported
        Input.select(Widgets.menuItem(window, "Window", "Cases"));
        Table cases = Widgets.byId(window, Table.class, WidgetIds.CASES_TABLE);
        UiThread.waitUntil("the cases", () -> cells(cases).size() == 4);
        assertEquals(List.of("Case | SDQ total | Visit", "F01 | 14 | 2024-03-01", "F02 | 9 | 2024-03-05", "F03 | 11 | 2024-03-07"), rows(cases));

        // the Project Explorer: the question's source
        Tree tree = Widgets.byId(window, Tree.class, WidgetIds.PROJECT_TREE);
        UiThread.waitUntil("the answer source in the explorer", () -> tree.getItemCount() == 1 && tree.getItem(0).getItem(0).getText().equals("Sources (1)"));
        UiThread.run(() -> {
            TreeItem sources = tree.getItem(0).getItem(0);
            Event expand = new Event();
            expand.item = sources;
            tree.notifyListeners(SWT.Expand, expand);
            sources.setExpanded(true);
        });
        UiThread.waitUntil("the source under Sources", () -> tree.getItem(0).getItem(0).getItemCount() == 1
                && tree.getItem(0).getItem(0).getItem(0).getData() != null);
        assertEquals("What helped most? (followup.xlsx)", UiThread.call(() -> tree.getItem(0).getItem(0).getItem(0).getText()));

        // Search finds an answer's words, in its case's turn
        Input.select(Widgets.menuItem(window, "Window", "Search"));
        Text query = Widgets.byId(window, Text.class, WidgetIds.SEARCH_QUERY);
        // set on the UI thread as SearchUiTest does: keys posted to X went to whichever control had focus, not the query
        UiThread.run(() -> query.setText("guider"));
        UiThread.waitUntil("the query typed", () -> query.getText().equals("guider"));
        Input.click(Widgets.byId(window, Button.class, WidgetIds.SEARCH_BUTTON));
        Table results = Widgets.byId(window, Table.class, WidgetIds.SEARCH_RESULTS);
        UiThread.waitUntil("a hit", () -> results.getItemCount() == 1);
        assertEquals(List.of("What helped most? (followup.xlsx)", "F02"),
                UiThread.call(() -> List.of(results.getItem(0).getText(0), results.getItem(0).getText(1))));

        // re-import the edited sheet: F02's score changes, no case is added
        sheet(file, "12");
        String again = importThroughTheWizard(window, file, false);
        assertEquals("followup.xlsx\nNew cases: 0\nUpdated cases: 3\nAttribute values set: 6\nAnswers: 3 (question sources: 1)\n"
                + "Codings kept on unchanged answers: 0", again);
        UiThread.waitUntil("the new score in the Cases view", () -> cells(cases).contains("F02 | 12 | 2024-03-05"));
        assertEquals(4, rows(cases).size(), "no case twice");
        assertEquals(List.of("F01", "F02", "F03"), UiThread.call(() -> store.project().getCases().stream().map(Case::getName).toList()));
        assertEquals(1, UiThread.call(() -> store.project().getSources().stream().filter(TextSource.class::isInstance).count()));

        // one import, one undo step
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo"));
        UiThread.waitUntil("the re-import undone", () -> cells(cases).contains("F02 | 9 | 2024-03-05"));
        assertEquals(3, UiThread.call(() -> store.project().getCases().size()));
    }

    /** The Cases view's rows, the cells of the columns named (other columns, such as role, are left out). */
    private static List<String> rows(Table table) {
        return UiThread.call(() -> cells(table));
    }

    /** {@link #rows} on the UI thread (in a waitUntil condition). */
    private static List<String> cells(Table table) {
        List<String> names = List.of("Case", "SDQ total", "Visit");
        List<String> headers = Arrays.stream(table.getColumns()).map(TableColumn::getText).toList();
        if (!headers.containsAll(names)) {
            return List.of(String.join(" | ", headers));
        }
        List<String> rows = new ArrayList<>();
        rows.add(String.join(" | ", names));
        for (var item : table.getItems()) {
            rows.add(String.join(" | ", names.stream().map(n -> item.getText(headers.indexOf(n))).toList()));
        }
        return rows;
    }
}
