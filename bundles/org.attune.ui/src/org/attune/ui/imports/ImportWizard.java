package org.attune.ui.imports;

import org.attune.ui.Widgets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attune.importer.ImportOptions;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.attune.ui.preferences.ImportPreferences;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The Import wizard: files or folders, copy or link, language, media links, and a case to assign. */
public class ImportWizard extends Wizard {
    public static final String TITLE = Messages.Import_title;
    private final Page page = new Page();

    public ImportWizard() {
        setWindowTitle(TITLE);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        page.capture();
        return !page.files.isEmpty();
    }

    public List<Path> files() {
        return List.copyOf(page.files);
    }

    public ImportOptions options() {
        return page.options;
    }

    private static final class Page extends ImportPage {
        final List<Path> files = new ArrayList<>();
        ImportOptions options = ImportPreferences.current();
        private org.eclipse.swt.widgets.List list;
        private Text path;
        private Button copy;
        private Combo language;
        private Button linkMedia;
        private Button splitHeadings;
        private Text caseName;

        Page() {
            super("files", Messages.ImportWizard_heading, Messages.ImportWizard_description);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = Widgets.grid(parent, 3);
            list = WidgetIds.tag(new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL),
                    WidgetIds.IMPORT_FILES);
            GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 4);
            listData.heightHint = 160;
            listData.widthHint = 460;
            list.setLayoutData(listData);
            button(body, Messages.ImportWizard_addFiles, () -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
                if (dialog.open() != null) {
                    for (String name : dialog.getFileNames()) {
                        add(Path.of(dialog.getFilterPath(), name));
                    }
                }
            });
            button(body, Messages.ImportWizard_addFolder, () -> {
                String folder = new DirectoryDialog(getShell()).open();
                if (folder != null) {
                    add(Path.of(folder));
                }
            });
            button(body, Messages.ImportWizard_remove, () -> {
                for (int index : list.getSelectionIndices()) {
                    files.remove(Path.of(list.getItem(index)));
                }
                refresh();
            });
            new Label(body, SWT.NONE);
            new Label(body, SWT.NONE).setText(Messages.ImportWizard_path);
            path = WidgetIds.tag(new Text(body, SWT.BORDER), WidgetIds.IMPORT_PATH);
            path.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            path.setMessage(Messages.ImportWizard_pathHint);
            Button addPath = button(body, Messages.ImportWizard_add, () -> {
                if (!path.getText().isBlank()) {
                    add(Path.of(path.getText().strip()));
                    path.setText("");
                }
            });
            WidgetIds.tag(addPath, WidgetIds.IMPORT_ADD_PATH);

            Group choices = new Group(body, SWT.NONE);
            choices.setText(Messages.ImportWizard_options);
            choices.setLayout(new GridLayout(2, false));
            choices.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
            copy = new Button(choices, SWT.RADIO);
            copy.setText(Messages.ImportWizard_copy);
            copy.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            Button link = new Button(choices, SWT.RADIO);
            link.setText(Messages.ImportWizard_link);
            link.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            copy.setSelection(options.copy());
            link.setSelection(!options.copy());
            new Label(choices, SWT.NONE).setText(Messages.ImportWizard_language);
            language = new Combo(choices, SWT.DROP_DOWN);
            language.setItems("en", "nl", "de", "fr", "es", "it", "pt", "sv", "da", "no", "fi", "pl", "cy", "ga");
            language.setText(options.language());
            linkMedia = new Button(choices, SWT.CHECK);
            linkMedia.setText(Messages.ImportWizard_linkMedia);
            linkMedia.setSelection(options.linkMedia());
            linkMedia.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            new Label(choices, SWT.NONE).setText(Messages.ImportWizard_case);
            caseName = WidgetIds.tag(new Text(choices, SWT.BORDER), WidgetIds.IMPORT_CASE);
            caseName.setMessage(Messages.ImportWizard_caseHint);
            caseName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            splitHeadings = WidgetIds.tag(new Button(choices, SWT.CHECK), WidgetIds.IMPORT_SPLIT_HEADINGS);
            splitHeadings.setText(Messages.ImportWizard_splitHeadings);
            splitHeadings.setToolTipText(Messages.ImportWizard_splitHeadingsHint);
            splitHeadings.setSelection(options.splitHeadings());
            splitHeadings.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            setControl(body);
        }

        private Button button(Composite parent, String text, Runnable action) {
            Button button = new Button(parent, SWT.PUSH);
            button.setText(text);
            button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
            button.addListener(SWT.Selection, e -> action.run());
            return button;
        }

        private void add(Path file) {
            Path absolute = file.toAbsolutePath().normalize();
            if (!Files.exists(absolute)) {
                setErrorMessage(NLS.bind(Messages.ImportWizard_missing, absolute));
                return;
            }
            setErrorMessage(null);
            if (!files.contains(absolute)) {
                files.add(absolute);
            }
            refresh();
        }

        private void refresh() {
            list.setItems(files.stream().map(Path::toString).toArray(String[]::new));
            setPageComplete(!files.isEmpty());
        }

        /** Reads the choices from the widgets, while they still exist. */
        void capture() {
            options = new ImportOptions(copy.getSelection(), language.getText().isBlank() ? "en" : language.getText().strip(),
                    options.sizeLimitBytes(), linkMedia.getSelection(), caseName.getText().isBlank() ? null : caseName.getText(),
                    options.senderCases(), splitHeadings.getSelection());
        }
    }
}
