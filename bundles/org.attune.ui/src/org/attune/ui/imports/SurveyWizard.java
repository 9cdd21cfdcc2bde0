package org.attune.ui.imports;

import org.attune.ui.Widgets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attune.importer.survey.ColumnRole;
import org.attune.importer.survey.Sheet;
import org.attune.importer.survey.SheetProblem;
import org.attune.importer.survey.SheetReader;
import org.attune.importer.survey.SurveyImport;
import org.attune.importer.survey.SurveyPlan;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * File > Import Questionnaire or Spreadsheet...: page 1 the file (CSV, XLSX, ODS) and its sheet; page 2 a preview of
 * the first rows and each column's role (participant id, a typed case attribute, an open answer, or ignored),
 * prefilled by the importer's guess. The import itself runs after Finish as a job ({@link SurveyImportJob}).
 */
public class SurveyWizard extends Wizard {
    public static final String TITLE = Messages.SurveyWizard_title;
    static final int PREVIEW_ROWS = 8;
    /** The roles offered for a column, in the order of the combo. */
    static final List<ColumnRole> ROLES = List.of(ColumnRole.ID, ColumnRole.NUMBER, ColumnRole.DATE, ColumnRole.CHOICE, ColumnRole.TEXT,
            ColumnRole.ANSWER, ColumnRole.SKIP);

    private final FilePage filePage = new FilePage();
    private final ColumnsPage columnsPage = new ColumnsPage();
    private Path file;
    private String sheetName;
    private Sheet sheet;
    private String idColumn;
    private final Map<String, ColumnRole> roles = new LinkedHashMap<>();

    public SurveyWizard() {
        setWindowTitle(TITLE);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(filePage);
        addPage(columnsPage);
    }

    @Override
    public boolean canFinish() {
        return sheet != null && getContainer().getCurrentPage() == columnsPage && columnsPage.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        return plan() != null;
    }

    public Path file() {
        return file;
    }

    public Sheet sheet() {
        return sheet;
    }

    /** The plan chosen, or null while no id column is. */
    public SurveyPlan plan() {
        return idColumn == null ? null : new SurveyPlan(idColumn, roles);
    }

    static String label(ColumnRole role) {
        return switch (role) {
            case ID -> Messages.SurveyWizard_roleId;
            case NUMBER -> Messages.SurveyWizard_roleNumber;
            case DATE -> Messages.SurveyWizard_roleDate;
            case CHOICE -> Messages.SurveyWizard_roleChoice;
            case TEXT -> Messages.SurveyWizard_roleText;
            case ANSWER -> Messages.SurveyWizard_roleAnswer;
            case SKIP -> Messages.SurveyWizard_roleSkip;
        };
    }

    /** Reads the file's sheet (the first, or the one chosen) and guesses the roles; a problem is shown on the page. */
    private String load(Path chosen, String sheetChoice) {
        try {
            List<String> names = SheetReader.sheetNames(chosen);
            String wanted = sheetChoice != null && names.stream().anyMatch(sheetChoice::equalsIgnoreCase) ? sheetChoice : null;
            // the first sheet is read without a name, so that re-importing it matches an import of the same file by the CLI
            String asked = wanted == null || wanted.equalsIgnoreCase(names.get(0)) ? null : wanted;
            Sheet read = SheetReader.read(chosen, asked);
            file = chosen;
            sheetName = wanted == null && !names.isEmpty() ? names.get(0) : wanted;
            sheet = read;
            filePage.showSheets(names, sheetName);
            guess(SurveyPlan.guessId(read));
            return null;
        } catch (SheetProblem e) {
            sheet = null;
            return e.getMessage();
        }
    }

    /** Every column's guessed role, with {@code id} as the participant id. */
    private void guess(String id) throws SheetProblem {
        SurveyPlan plan = SurveyPlan.guess(sheet, id);
        idColumn = plan.idColumn();
        roles.clear();
        roles.putAll(plan.roles());
    }

    /** Gives {@code column} {@code role}; making it the id gives the former id column its guessed role. */
    private void setRole(String column, ColumnRole role) {
        if (role == ColumnRole.ID) {
            String former = idColumn;
            try {
                SurveyPlan guessed = SurveyPlan.guess(sheet, column);
                if (former != null && !former.equals(column)) {
                    roles.put(former, guessed.roles().get(former));
                }
                roles.put(column, ColumnRole.ID);
                idColumn = column;
            } catch (SheetProblem e) {
                columnsPage.setErrorMessage(e.getMessage());
            }
        } else {
            roles.put(column, role);
            if (column.equals(idColumn)) {
                idColumn = null;
            }
        }
    }

    private final class FilePage extends WizardPage {
        private Text path;
        private Combo sheets;

        FilePage() {
            super("file");
            setTitle(Messages.SurveyWizard_fileTitle);
            setDescription(Messages.SurveyWizard_fileDescription);
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(3, false));
            new Label(body, SWT.NONE).setText(Messages.SurveyWizard_file);
            path = WidgetIds.tag(new Text(body, SWT.BORDER), WidgetIds.SURVEY_FILE);
            Widgets.wide(path, 460);
            path.setMessage(Messages.SurveyWizard_fileHint);
            path.addListener(SWT.Modify, e -> reload(null));
            Button browse = new Button(body, SWT.PUSH);
            browse.setText(Messages.SurveyWizard_browse);
            browse.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setFilterExtensions(new String[] {"*.csv;*.xlsx;*.xls;*.ods", "*"});
                dialog.setFilterNames(new String[] {Messages.SurveyWizard_filterSheets, Messages.SurveyWizard_filterAll});
                String chosen = dialog.open();
                if (chosen != null) {
                    path.setText(chosen);
                }
            });
            new Label(body, SWT.NONE).setText(Messages.SurveyWizard_sheet);
            sheets = WidgetIds.tag(new Combo(body, SWT.READ_ONLY), WidgetIds.SURVEY_SHEET);
            sheets.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            sheets.setEnabled(false);
            sheets.addListener(SWT.Selection, e -> reload(sheets.getText()));
            Label formats = new Label(body, SWT.WRAP);
            formats.setText(Messages.SurveyWizard_formats);
            GridData formatsData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
            formatsData.widthHint = 560;
            formats.setLayoutData(formatsData);
            setControl(body);
        }

        private void reload(String sheetChoice) {
            String text = path.getText().strip();
            if (text.isEmpty()) {
                sheet = null;
                setErrorMessage(null);
                setPageComplete(false);
                return;
            }
            String problem;
            try {
                problem = load(Path.of(text).toAbsolutePath().normalize(), sheetChoice);
            } catch (java.nio.file.InvalidPathException e) {
                problem = NLS.bind(Messages.SurveyWizard_badPath, text);
            }
            setErrorMessage(problem);
            if (problem != null) {
                sheets.setItems();
                sheets.setEnabled(false);
            }
            setPageComplete(problem == null);
            columnsPage.sheetChanged();
        }

        void showSheets(List<String> names, String selected) {
            if (!List.of(sheets.getItems()).equals(names)) {
                sheets.setItems(names.toArray(String[]::new));
            }
            sheets.setEnabled(names.size() > 1);
            if (selected != null) {
                sheets.select(names.indexOf(selected));
            }
        }
    }

    private final class ColumnsPage extends WizardPage {
        private Table preview;
        private Composite columns;
        private ScrolledComposite scroller;
        private Sheet shown;

        ColumnsPage() {
            super("columns");
            setTitle(Messages.SurveyWizard_columnsTitle);
            setDescription(Messages.SurveyWizard_columnsDescription);
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(1, false));
            new Label(body, SWT.NONE).setText(Messages.SurveyWizard_preview);
            preview = WidgetIds.tag(new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL), WidgetIds.SURVEY_PREVIEW);
            preview.setHeaderVisible(true);
            preview.setLinesVisible(true);
            GridData previewData = new GridData(SWT.FILL, SWT.FILL, true, true);
            previewData.heightHint = 130;
            previewData.widthHint = 640;
            preview.setLayoutData(previewData);
            new Label(body, SWT.NONE).setText(Messages.SurveyWizard_roles);
            scroller = new ScrolledComposite(body, SWT.V_SCROLL | SWT.BORDER);
            GridData scrollerData = new GridData(SWT.FILL, SWT.FILL, true, true);
            scrollerData.heightHint = 230;
            scroller.setLayoutData(scrollerData);
            scroller.setExpandHorizontal(true);
            scroller.setExpandVertical(true);
            columns = new Composite(scroller, SWT.NONE);
            columns.setLayout(new GridLayout(3, false));
            scroller.setContent(columns);
            setControl(body);
            sheetChanged();
        }

        /** Shows the sheet read on page 1 (again when it changed). */
        void sheetChanged() {
            if (preview == null || shown == sheet) {
                return;
            }
            shown = sheet;
            preview.removeAll();
            for (TableColumn column : preview.getColumns()) {
                column.dispose();
            }
            for (var child : columns.getChildren()) {
                child.dispose();
            }
            if (sheet == null) {
                setPageComplete(false);
                return;
            }
            for (String name : sheet.columns()) {
                new TableColumn(preview, SWT.NONE).setText(name);
            }
            for (List<String> row : sheet.rows().subList(0, Math.min(PREVIEW_ROWS, sheet.rows().size()))) {
                new TableItem(preview, SWT.NONE).setText(row.stream().map(SurveyWizard::cellPreview).toArray(String[]::new));
            }
            for (TableColumn column : preview.getColumns()) {
                column.pack();
                column.setWidth(Math.min(column.getWidth(), 220));
            }
            for (int c = 0; c < sheet.columns().size(); c++) {
                String name = sheet.columns().get(c);
                Label label = new Label(columns, SWT.NONE);
                label.setText(org.attune.core.Printable.of(name));
                Combo role = WidgetIds.tag(new Combo(columns, SWT.READ_ONLY), WidgetIds.SURVEY_ROLE + "." + name);
                role.setItems(ROLES.stream().map(SurveyWizard::label).toArray(String[]::new));
                role.addListener(SWT.Selection, e -> {
                    setRole(name, ROLES.get(role.getSelectionIndex()));
                    refreshRoles();
                });
                Label example = new Label(columns, SWT.NONE);
                example.setText(sheet.values(c).stream().filter(v -> !v.isBlank()).findFirst().map(SurveyWizard::cellPreview).orElse(""));
                example.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            }
            scroller.setMinSize(columns.computeSize(SWT.DEFAULT, SWT.DEFAULT));
            columns.layout(true, true);
            refreshRoles();
        }

        /** Shows each column's role and checks the id column: none, empty, or with empty and repeated ids. */
        private void refreshRoles() {
            for (var child : columns.getChildren()) {
                if (child instanceof Combo combo) {
                    String column = ((String) combo.getData(WidgetIds.KEY)).substring(WidgetIds.SURVEY_ROLE.length() + 1);
                    combo.select(ROLES.indexOf(roles.getOrDefault(column, ColumnRole.SKIP)));
                }
            }
            setErrorMessage(null);
            setMessage(null);
            if (idColumn == null) {
                setErrorMessage(Messages.SurveyWizard_noId);
                setPageComplete(false);
                return;
            }
            List<String> problems;
            try {
                problems = SurveyImport.idProblems(sheet, idColumn);
            } catch (SheetProblem e) {
                setErrorMessage(e.getMessage());
                setPageComplete(false);
                return;
            }
            if (sheet.values(sheet.column(idColumn)).stream().allMatch(String::isBlank)) {
                setErrorMessage(NLS.bind(Messages.SurveyWizard_emptyId, idColumn));
                setPageComplete(false);
                return;
            }
            if (!problems.isEmpty()) {
                List<String> shownProblems = new ArrayList<>(problems.subList(0, Math.min(3, problems.size())));
                if (problems.size() > 3) {
                    shownProblems.add(NLS.bind(Messages.SurveyWizard_more, problems.size() - 3));
                }
                setMessage(NLS.bind(Messages.SurveyWizard_skippedRows, problems.size(), String.join("; ", shownProblems)), IMessageProvider.WARNING);
            }
            setPageComplete(true);
        }
    }

    /** A cell as the preview shows it: on one line, cut after 80 characters. */
    static String cellPreview(String cell) {
        String line = org.attune.core.Printable.of(cell.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
        return line.length() > 80 ? line.substring(0, 79) + "…" : line;
    }
}
