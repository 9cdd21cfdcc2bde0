package org.attune.ui.views;

import org.attune.ui.Widgets;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.coding.pseudonyms.KeyTable;
import org.attune.coding.pseudonyms.KeyTableFile;
import org.attune.coding.pseudonyms.NameSuggestions;
import org.attune.coding.pseudonyms.Pseudonymise;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;
import org.attune.ui.Commands;
import org.attune.ui.IProjectSession;
import org.attune.ui.Messages;
import org.attune.ui.ProjectJob;
import org.attune.ui.ProjectViewPart;
import org.attune.ui.WidgetIds;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Window > Pseudonyms (#20): the project's key table of real names and pseudonyms, opened with its own passphrase;
 * adding, changing and removing names, the project's cases, speakers and users as names, the suggestions from the
 * texts to accept or reject, Apply to Project (one undoable action, in a job with progress and Cancel) and Clean Up Project Files (closes and reopens the
 * project without the replaced text in its files, deleting the backups if asked), CSV export and import. Every button
 * runs a command (handled by {@code PseudonymsHandler}); the work is {@code org.attune.coding.pseudonyms}'.
 */
public class PseudonymsView extends ProjectViewPart {
    public static final String ID = "org.attune.ui.views.pseudonyms";
    private static final String COMMAND = "org.attune.ui.commands.pseudonyms.";
    public static final String UNLOCK = COMMAND + "unlock";
    public static final String ADD = COMMAND + "add";
    public static final String REMOVE = COMMAND + "remove";
    public static final String FROM_PROJECT = COMMAND + "fromProject";
    public static final String ACCEPT = COMMAND + "accept";
    public static final String REJECT = COMMAND + "reject";
    public static final String APPLY = COMMAND + "apply";
    public static final String CLEAN_UP = COMMAND + "cleanUp";
    public static final String EXPORT = COMMAND + "export";
    public static final String IMPORT = COMMAND + "import";

    private Composite body;
    private Text passphrase;
    private Label status;
    private Table names;
    private Text real;
    private Text pseudonym;
    private Table suggestions;
    private Button ignoreCase;
    private KeyTable table;
    private char[] secret;
    private Pseudonymise applied;
    private Job applying;
    private List<NameSuggestions.Suggestion> suggested = List.of();
    /** The status tells why the table could not be opened: the next refresh leaves it. */
    private boolean told;

    @Override
    protected Control createContents(Composite parent) {
        body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        new Label(body, SWT.NONE).setText(Messages.PseudonymsView_passphrase);
        passphrase = WidgetIds.tag(new Text(body, SWT.BORDER | SWT.PASSWORD), WidgetIds.PSEUDONYMS_PASSPHRASE);
        passphrase.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        passphrase.addListener(SWT.DefaultSelection, e -> Commands.execute(getSite(), UNLOCK, getSite().getShell()));
        Commands.button(body, getSite(), UNLOCK, Messages.PseudonymsView_unlock, WidgetIds.PSEUDONYMS_UNLOCK);
        status = Widgets.statusRow(body, WidgetIds.PSEUDONYMS_STATUS, 3);

        Group key = new Group(body, SWT.NONE);
        key.setText(Messages.PseudonymsView_keyTable);
        key.setLayout(new GridLayout(4, false));
        key.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        names = table(key, WidgetIds.PSEUDONYMS_TABLE, Messages.PseudonymsView_realName, Messages.PseudonymsView_pseudonym,
                Messages.PseudonymsView_origin);
        names.addListener(SWT.Selection, e -> {
            if (names.getSelectionCount() == 1) {
                real.setText(names.getSelection()[0].getText(0));
                pseudonym.setText(names.getSelection()[0].getText(1));
            }
        });
        new Label(key, SWT.NONE).setText(Messages.PseudonymsView_realName + ":");
        real = WidgetIds.tag(new Text(key, SWT.BORDER), WidgetIds.PSEUDONYMS_REAL);
        real.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(key, SWT.NONE).setText(Messages.PseudonymsView_pseudonym + ":");
        pseudonym = WidgetIds.tag(new Text(key, SWT.BORDER), WidgetIds.PSEUDONYMS_PSEUDONYM);
        pseudonym.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite keyButtons = row(key, 4);
        Commands.button(keyButtons, getSite(), ADD, Messages.PseudonymsView_add, WidgetIds.PSEUDONYMS_ADD);
        Commands.button(keyButtons, getSite(), REMOVE, Messages.PseudonymsView_remove, WidgetIds.PSEUDONYMS_REMOVE);
        Commands.button(keyButtons, getSite(), FROM_PROJECT, Messages.PseudonymsView_fromProject, WidgetIds.PSEUDONYMS_FROM_PROJECT);
        Commands.button(keyButtons, getSite(), EXPORT, Messages.PseudonymsView_export, null);
        Commands.button(keyButtons, getSite(), IMPORT, Messages.PseudonymsView_import, null);

        Group suggestionsGroup = new Group(body, SWT.NONE);
        suggestionsGroup.setText(Messages.PseudonymsView_suggestions);
        suggestionsGroup.setLayout(new GridLayout(1, false));
        suggestionsGroup.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        suggestions = table(suggestionsGroup, WidgetIds.PSEUDONYMS_SUGGESTIONS, Messages.PseudonymsView_word,
                Messages.PseudonymsView_countColumn, Messages.PseudonymsView_context);
        Composite suggestionButtons = row(suggestionsGroup, 1);
        Commands.button(suggestionButtons, getSite(), ACCEPT, Messages.PseudonymsView_accept, WidgetIds.PSEUDONYMS_ACCEPT);
        Commands.button(suggestionButtons, getSite(), REJECT, Messages.PseudonymsView_reject, WidgetIds.PSEUDONYMS_REJECT);

        Composite apply = row(body, 3);
        ignoreCase = new Button(apply, SWT.CHECK);
        ignoreCase.setText(Messages.PseudonymsView_ignoreCase);
        Commands.button(apply, getSite(), APPLY, Messages.PseudonymsView_apply, WidgetIds.PSEUDONYMS_APPLY);
        Commands.button(apply, getSite(), CLEAN_UP, Messages.PseudonymsView_cleanUp, WidgetIds.PSEUDONYMS_CLEAN_UP);
        return body;
    }

    private static Table table(Composite parent, String id, String... columns) {
        Table t = WidgetIds.tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL), id);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, ((GridLayout) parent.getLayout()).numColumns, 1);
        data.heightHint = 120;
        t.setLayoutData(data);
        for (String title : columns) {
            TableColumn column = new TableColumn(t, SWT.LEFT);
            column.setText(title);
            column.setWidth(title.equals(columns[columns.length - 1]) ? 420 : 160);
        }
        return t;
    }

    /** A row of buttons that wraps where the view is narrow. */
    private static Composite row(Composite parent, int span) {
        Composite row = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true;
        layout.center = true;
        row.setLayout(layout);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
        data.widthHint = 200; // grows with the view; below that the buttons wrap
        row.setLayoutData(data);
        return row;
    }

    @Override
    protected void projectChanged() {
        table = null;
        secret = null;
        suggested = List.of();
    }

    @Override
    protected void refresh() {
        if (names == null || names.isDisposed()) {
            return;
        }
        names.removeAll();
        suggestions.removeAll();
        ProjectStore store = store();
        if (store == null) {
            status.setText(Messages.PseudonymsView_noProject);
            return;
        }
        if (table == null) {
            if (!told) { // a failure to unlock stays shown
                status.setText(KeyTableFile.exists(store.folder()) ? Messages.PseudonymsView_locked : Messages.PseudonymsView_new);
            }
            told = false;
            return;
        }
        for (KeyTable.Entry e : table.entries()) {
            new TableItem(names, SWT.NONE).setText(new String[] {e.real(), e.pseudonym(), e.origin().label()});
        }
        suggested = NameSuggestions.find(store, table);
        for (NameSuggestions.Suggestion s : suggested) {
            new TableItem(suggestions, SWT.NONE).setText(new String[] {s.word(), String.valueOf(s.count()),
                    String.join("   ", s.contexts())});
        }
        body.layout(true, true);
    }

    private void say(String text) {
        status.setText(text);
        body.layout(true, true);
    }

    /** Opens the key table with the passphrase typed (a new, empty table where the project has none yet). */
    public void unlock() {
        ProjectStore store = store();
        if (store == null || passphrase.getText().isEmpty()) {
            say(store == null ? Messages.PseudonymsView_noProject : Messages.PseudonymsView_typePassphrase);
            return;
        }
        char[] typed = passphrase.getText().toCharArray();
        try {
            table = KeyTableFile.open(store.folder(), typed);
            secret = typed;
            passphrase.setText("");
            say(NLS.bind(Messages.PseudonymsView_unlocked, table.entries().size()));
        } catch (StoreException e) {
            table = null;
            say(e.getMessage());
            told = true;
        }
        refresh();
    }

    private boolean ready() {
        if (store() == null || table == null) {
            say(store() == null ? Messages.PseudonymsView_noProject : Messages.PseudonymsView_unlockFirst);
            return false;
        }
        return true;
    }

    private void save(String done) {
        try {
            KeyTableFile.save(store().folder(), table, secret);
            say(done);
        } catch (StoreException e) {
            say(e.getMessage());
        }
        refresh();
    }

    /** Adds the real name typed with its pseudonym (default: the next Person N), or gives a listed name the new one. */
    public void add() {
        if (!ready()) {
            return;
        }
        try {
            String alias = pseudonym.getText().isBlank() ? table.nextPseudonym("Person") : pseudonym.getText();
            KeyTable.Entry e = table.put(real.getText(), alias, KeyTable.Origin.ADDED);
            real.setText("");
            pseudonym.setText("");
            save(NLS.bind(Messages.PseudonymsView_added, e.real(), e.pseudonym()));
        } catch (IllegalArgumentException e) {
            say(e.getMessage());
        }
    }

    /** Removes the selected names. */
    public void remove() {
        if (!ready()) {
            return;
        }
        for (TableItem item : names.getSelection()) {
            table.remove(item.getText(0));
        }
        save(NLS.bind(Messages.PseudonymsView_count, table.entries().size()));
    }

    /** Adds the project's cases, speakers and users not in the table yet. */
    public void fromProject() {
        if (ready()) {
            save(NLS.bind(Messages.PseudonymsView_fromProjectDone, table.fillFrom(store()).size()));
        }
    }

    /** Adds the selected suggestions (pseudonyms Person N), or rejects them. */
    public void decide(boolean accept) {
        if (!ready()) {
            return;
        }
        int n = 0;
        for (int index : suggestions.getSelectionIndices()) {
            String word = suggested.get(index).word();
            if (accept) {
                table.put(word, table.nextPseudonym("Person"), KeyTable.Origin.SUGGESTION);
            } else {
                table.reject(word);
            }
            n++;
        }
        save(NLS.bind(accept ? Messages.PseudonymsView_accepted : Messages.PseudonymsView_rejected, n));
    }

    /** Selects the suggestion {@code word} (for tests and links); whether it is listed. */
    public boolean selectSuggestion(String word) {
        for (int i = 0; i < suggested.size(); i++) {
            if (suggested.get(i).word().equals(word)) {
                suggestions.setSelection(i);
                return true;
            }
        }
        return false;
    }

    /** Replaces the real names throughout the project, after asking; one action that Edit > Undo takes back. */
    public void apply() {
        if (!ready()) {
            return;
        }
        if (table.isEmpty()) {
            say(Messages.PseudonymsView_empty);
            return;
        }
        if (!MessageDialog.openConfirm(getSite().getShell(), Messages.PseudonymsView_applyTitle,
                NLS.bind(Messages.PseudonymsView_applyQuestion, table.entries().size()))) {
            return;
        }
        ProjectStore store = store();
        Pseudonymise pseudonymise = new Pseudonymise(table, ignoreCase.getSelection());
        Display display = getSite().getShell().getDisplay();
        say(Messages.PseudonymsView_applying);
        applying = ProjectJob.create(Messages.PseudonymsView_applyTitle, Messages.PseudonymsView_applyTitle, display,
                monitor -> pseudonymise.apply(store, monitor, display::syncExec), outcome -> {
                    applied = pseudonymise;
                    if (!status.isDisposed()) {
                        say(NLS.bind(Messages.PseudonymsView_appliedDone, outcome.summary()));
                        refresh();
                    }
                });
        applying.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (!event.getResult().isOK()) { // cancelled or failed: the job's dialog says why; the view says nothing changed
                    display.asyncExec(() -> {
                        if (!status.isDisposed()) {
                            say(Messages.PseudonymsView_notApplied);
                        }
                    });
                }
            }
        });
        applying.schedule();
    }

    /** The job of the last Apply (for tests: to wait for it or cancel it), or null. */
    public Job applying() {
        return applying;
    }

    /**
     * Closes the project, rewrites its store without the replaced text, deletes the copies and the index that held the
     * names (and, if asked, the backups), and opens it again. Undo of the apply is no longer possible afterwards.
     */
    public void cleanUp() {
        ProjectStore store = store();
        if (store == null) {
            say(Messages.PseudonymsView_noProject);
            return;
        }
        if (store.isEncrypted()) {
            say(Messages.PseudonymsView_encrypted);
            return;
        }
        int backups = store.backups().size();
        MessageDialog dialog = new MessageDialog(getSite().getShell(), Messages.PseudonymsView_cleanUpTitle, null,
                NLS.bind(Messages.PseudonymsView_cleanUpQuestion, backups), MessageDialog.QUESTION, 0,
                Messages.PseudonymsView_cleanUpAndBackups, Messages.PseudonymsView_cleanUpOnly, Messages.PseudonymsView_cancel);
        int choice = dialog.open();
        if (choice != 0 && choice != 1) {
            return;
        }
        Path folder = store.folder();
        IProjectSession session = session();
        Pseudonymise pseudonymise = applied != null ? applied : table != null && !table.isEmpty() ? new Pseudonymise(table, false) : null;
        KeyTable keep = table;
        char[] keepSecret = secret;
        String[] done = new String[1];
        BusyIndicator.showWhile(getSite().getShell().getDisplay(), () -> {
            session.close();
            OpenOptions options = OpenOptions.of(IProjectSession.HOLDER);
            try {
                long kept = pseudonymise != null ? pseudonymise.reclaim(folder, options.withBackups(false))
                        : ProjectStore.reclaimSpace(folder, IProjectSession.HOLDER, null);
                int purged = choice == 0 ? ProjectStore.purgeBackups(folder, IProjectSession.HOLDER) : 0;
                done[0] = NLS.bind(Messages.PseudonymsView_cleanedUp, kept, purged);
            } catch (StoreException e) {
                done[0] = e.getMessage();
            } finally {
                try {
                    session.open(ProjectStore.open(folder, options));
                } catch (StoreException e) {
                    done[0] = e.getMessage();
                }
            }
        });
        table = keep;
        secret = keepSecret;
        applied = null;
        say(done[0]);
        refresh();
    }

    /** Writes the key table as CSV (Real name, Pseudonym, Origin) to a file the user chooses. */
    public void exportCsv(Path chosen) {
        if (!ready()) {
            return;
        }
        Path file = chosen != null ? chosen : choose(SWT.SAVE);
        if (file == null) {
            return;
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            table.writeCsv(out);
            say(NLS.bind(Messages.PseudonymsView_exported, table.entries().size(), file));
        } catch (IOException e) {
            say(file + ": " + e.getMessage());
        }
    }

    /** Adds the names of a CSV file the user chooses. */
    public void importCsv(Path chosen) {
        if (!ready()) {
            return;
        }
        Path file = chosen != null ? chosen : choose(SWT.OPEN);
        if (file == null) {
            return;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = table.readCsv(in);
            save(NLS.bind(Messages.PseudonymsView_imported, n, file));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            say(file + ": " + e.getMessage());
        }
    }

    private Path choose(int style) {
        FileDialog dialog = new FileDialog(getSite().getShell(), style);
        dialog.setFilterExtensions(new String[] {"*.csv"});
        String path = dialog.open();
        return path == null ? null : Path.of(path);
    }

    public Table names() {
        return names;
    }

    public Table suggestions() {
        return suggestions;
    }

    public Label status() {
        return status;
    }
}
