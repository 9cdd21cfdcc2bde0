package org.attune.ui.views;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.attune.coding.BlindCoding;
import org.attune.store.ProjectStore;
import org.attune.ui.Commands;
import org.attune.ui.CurrentCoder;
import org.attune.ui.Messages;
import org.attune.ui.ProjectViewPart;
import org.attune.ui.TableFit;
import org.attune.ui.WidgetIds;
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

/**
 * Window > Coding Status (#17): whether the project codes blind and, per source, each coder who coded it or marked it
 * done, with their number of codings and when they marked their coding done (released it to the others), the data of
 * {@code attune cli coding status} ({@link BlindCoding#status}). Mark Done and Reopen (commands handled by
 * {@code CodingStatusHandler}) mark the selected rows' coding done or take the mark back, one undoable action each.
 */
public class CodingStatusView extends ProjectViewPart {
    public static final String ID = "org.attune.ui.views.codingStatus";
    public static final String MARK_DONE = "org.attune.ui.commands.codingStatus.markDone";
    public static final String REOPEN = "org.attune.ui.commands.codingStatus.reopen";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private Composite body;
    private Label blind;
    private Table table;
    private TableFit fit;

    @Override
    protected Control createContents(Composite parent) {
        body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        blind = WidgetIds.tag(new Label(body, SWT.WRAP), WidgetIds.CODING_STATUS_BLIND);
        blind.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Commands.button(body, getSite(), MARK_DONE, Messages.CodingStatusView_markDone, WidgetIds.CODING_STATUS_MARK_DONE);
        Commands.button(body, getSite(), REOPEN, Messages.CodingStatusView_reopen, WidgetIds.CODING_STATUS_REOPEN);
        table = WidgetIds.tag(new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL), WidgetIds.CODING_STATUS_TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        for (String title : new String[] {Messages.CodingStatusView_source, Messages.CodingStatusView_coder,
                Messages.CodingStatusView_codings, Messages.CodingStatusView_done}) {
            new TableColumn(table, SWT.LEFT).setText(title);
        }
        // the columns fit the view (the source and the done mark share what is left); a cut text shows in the tooltip
        fit = TableFit.install(table, 0, 3);
        getSite().setSelectionProvider(new TableSelection(table));
        return body;
    }

    @Override
    protected void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        List<String> selected = new ArrayList<>();
        for (TableItem item : table.getSelection()) {
            selected.add(item.getText(0) + "\n" + item.getText(1));
        }
        table.removeAll();
        ProjectStore store = store();
        if (store == null) {
            blind.setText(Messages.CodingStatusView_noProject);
            return;
        }
        blind.setText(BlindCoding.isBlind(store.project()) ? Messages.CodingStatusView_blindOn : Messages.CodingStatusView_blindOff);
        for (BlindCoding.SourceStatus s : BlindCoding.status(store)) {
            if (s.coders().isEmpty()) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] {s.source().getName(), Messages.CodingStatusView_noCodings, "0", ""});
                continue;
            }
            for (BlindCoding.CoderStatus c : s.coders()) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setData(new Row(s, c));
                item.setText(new String[] {s.source().getName(), c.coder().getName(), String.valueOf(c.codings()),
                        c.done() ? NLS.bind(Messages.CodingStatusView_doneAt, WHEN.format(c.doneAt())) : Messages.CodingStatusView_notDone});
                if (selected.contains(item.getText(0) + "\n" + item.getText(1))) {
                    table.select(table.indexOf(item));
                }
            }
        }
        fit.fit();
        body.layout(true, true);
    }

    /** A row of the table: a coder's part in a source. */
    public record Row(BlindCoding.SourceStatus source, BlindCoding.CoderStatus coder) {
    }

    /**
     * Marks the selected rows' coding done ({@code done} true) or takes the mark back (Reopen), one undoable action a
     * row that changes; the number of rows changed.
     */
    public int mark(boolean done) {
        ProjectStore store = store();
        if (store == null || store.isReadOnly()) {
            return 0;
        }
        int changed = 0;
        for (TableItem item : table.getSelection()) {
            if (item.getData() instanceof Row row && row.coder().done() != done) {
                BlindCoding.markDone(store, row.source().source(), row.coder().coder(), done);
                changed++;
            }
        }
        if (changed > 0) {
            CurrentCoder.changed(); // what the current coder may see changed: the views read it again
        }
        return changed;
    }

    public Table table() {
        return table;
    }

    public Label blind() {
        return blind;
    }
}
