package org.attune.ui.analysis;

import org.attune.ui.Widgets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.attune.exchange.AuditExport;
import org.attune.store.AuditEntry;
import org.attune.store.ProjectStore;
import org.attune.ui.ProjectJob;
import org.attune.ui.ProjectViewPart;
import org.attune.ui.WidgetIds;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The project's audit log (#20), newest first: when, who, what kind (done, undone, redone), a summary and the elements
 * touched; filtered by user, element text and a start day or time. Its toolbar's Export CSV writes the entries shown.
 * The log cannot be edited from here or anywhere in Attune.
 */
public class AuditView extends ProjectViewPart {
    public static final String ID = "org.attune.ui.analysis.audit";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private Composite body;
    private Text user;
    private Text element;
    private Text since;
    private Label status;
    private Table table;
    private List<AuditEntry> shown = List.of();

    @Override
    protected Control createContents(Composite parent) {
        body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(6, false));
        user = filter(Messages.AuditView_user, AnalysisIds.AUDIT_USER);
        element = filter(Messages.AuditView_element, AnalysisIds.AUDIT_ELEMENT);
        since = filter(Messages.AuditView_since, AnalysisIds.AUDIT_SINCE);
        since.setMessage("2026-12-01");
        status = Widgets.statusRow(body, AnalysisIds.AUDIT_STATUS, 6);
        table = Widgets.resultsTable(body, SWT.NONE, AnalysisIds.AUDIT_TABLE, 6);
        column("#", 50, SWT.RIGHT);
        column(Messages.AuditView_time, 150, SWT.LEFT);
        column(Messages.AuditView_userColumn, 100, SWT.LEFT);
        column(Messages.AuditView_kind, 80, SWT.LEFT);
        column(Messages.AuditView_summary, 320, SWT.LEFT);
        column(Messages.AuditView_elements, 320, SWT.LEFT);
        return body;
    }

    private Text filter(String label, String id) {
        new Label(body, SWT.NONE).setText(label);
        Text text = WidgetIds.tag(new Text(body, SWT.BORDER | SWT.SEARCH), id);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addModifyListener(e -> refresh());
        return text;
    }

    private void column(String title, int width, int style) {
        TableColumn column = new TableColumn(table, style);
        column.setText(title);
        column.setWidth(width);
    }

    @Override
    protected void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        table.removeAll();
        shown = List.of();
        ProjectStore store = store();
        if (store == null) {
            status.setText(Messages.AuditView_noProject);
            return;
        }
        Instant from;
        try {
            from = AuditExport.since(since.getText());
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        shown = store.audit(from, user.getText(), element.getText());
        for (AuditEntry e : shown) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {String.valueOf(e.number()), TIME.format(e.time()), e.user() == null ? "" : e.user(),
                    kind(e.kind()), e.summary(), e.elementsText()});
        }
        status.setText(org.attune.ui.Messages.count(shown.size(), Messages.AuditView_entries_one, Messages.AuditView_entries_other));
        body.layout(true);
    }

    private static String kind(String kind) {
        return switch (kind) {
            case AuditEntry.UNDO -> Messages.AuditView_undo;
            case AuditEntry.REDO -> Messages.AuditView_redo;
            default -> Messages.AuditView_do;
        };
    }

    /** Sets the filters (for tests and links): null leaves one as it is. */
    public void filter(String byUser, String byElement, String from) {
        if (byUser != null) {
            user.setText(byUser);
        }
        if (byElement != null) {
            element.setText(byElement);
        }
        if (from != null) {
            since.setText(from);
        }
        refresh();
    }

    /** The entries shown, newest first. */
    public List<AuditEntry> shown() {
        return shown;
    }

    public Table table() {
        return table;
    }

    /** Writes the entries shown as CSV to {@code file}, in the background; null when no project is open. */
    public Job export(Path file) {
        ProjectStore store = store();
        if (store == null) {
            return null;
        }
        List<AuditEntry> entries = shown;
        String title = NLS.bind(Messages.AuditView_exportJob, file.getFileName());
        Job job = ProjectJob.create(title, title, getSite().getShell().getDisplay(), monitor -> {
            AuditExport.write(store, entries, file);
            return file;
        }, written -> {
        });
        job.schedule();
        return job;
    }
}
