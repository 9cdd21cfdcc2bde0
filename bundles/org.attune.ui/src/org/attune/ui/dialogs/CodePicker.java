package org.attune.ui.dialogs;

import org.eclipse.ui.PlatformUI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.attune.coding.Codebook;
import org.attune.model.Code;
import org.attune.ui.Messages;
import org.attune.store.ProjectStore;
import org.attune.ui.RecentCodes;
import org.attune.ui.Swatches;
import org.attune.ui.WidgetIds;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The one way Attune asks for a code: a filter field and the codes that match what is typed so far (each word typed
 * in the code's name or in the path of the codes above it, ignoring case), the recently used codes first, each with
 * its colour and where it sits. Where a new code may be made (quick code, Code All Hits), a typed name that no code
 * has is offered last as "New code". Enter or a double-click takes the highlighted row; Down moves into the list.
 */
public final class CodePicker extends TitledDialog {
    /** The row that makes a new code starts so. */
    public static final String NEW_CODE = Messages.CodePicker_newCode;
    /** Where a new code goes. */
    public static final String NEW_WHERE = Messages.CodePicker_newWhere;
    private static final String NOTHING = Messages.CodePicker_noMatch;

    /** What was picked: an existing code, or (code null) the name of a code to make. */
    public record Choice(Code code, String newName) {
    }

    private final String message;
    private final List<Code> codes;
    private final boolean allowNew;
    private Swatches swatches;
    private Text filter;
    private Table list;
    private Label hint;
    private Choice choice;

    private CodePicker(Shell shell, String title, String message, List<Code> codes, boolean allowNew) {
        super(shell, title, true);
        this.message = message;
        this.codes = codes;
        this.allowNew = allowNew;
    }

    /** A code picked among {@code codes} (of {@code store}'s project), or null when the dialog is cancelled. */
    public static Code pick(Shell shell, String title, String message, ProjectStore store, List<Code> codes) {
        Choice choice = open(new CodePicker(shell, title, message, recentFirst(store, codes), false));
        return choice == null ? null : choice.code();
    }

    /** A code picked among all of {@code store}'s codes or the name of a new one; null when cancelled. */
    public static Choice pickOrName(Shell shell, String title, String message, ProjectStore store) {
        return open(new CodePicker(shell, title, message, recentFirst(store, new Codebook(store).all()), true));
    }

    private static Choice open(CodePicker picker) {
        return picker.open() == Window.OK ? picker.choice : null;
    }

    /** {@code codes} with those used lately first (newest first), then the others in their order. */
    public static List<Code> recentFirst(ProjectStore store, List<Code> codes) {
        LinkedHashSet<Code> ordered = new LinkedHashSet<>(PlatformUI.getWorkbench().getService(RecentCodes.class).list(store));
        ordered.retainAll(codes);
        ordered.addAll(codes);
        return List.copyOf(ordered);
    }

    /** Whether every word of {@code typed} occurs in the code's name or path, ignoring case. */
    public static boolean matches(Code code, String typed) {
        String path = code.path().toLowerCase(Locale.ROOT);
        for (String word : typed.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!path.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Where a code sits: the path of its parent, or "top level". */
    public static String where(Code code) {
        return code.getParent() == null ? Messages.CodePicker_topLevel : code.getParent().path();
    }

    @Override
    protected Point getInitialSize() {
        return new Point(620, 440);
    }

    @Override
    protected void createArea(Composite area) {
        area.setLayout(new GridLayout(1, false));
        Label label = new Label(area, SWT.WRAP);
        label.setText(message);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        filter = WidgetIds.tag(new Text(area, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL), WidgetIds.CODE_PICKER_FILTER);
        filter.setMessage(allowNew ? Messages.CodePicker_filterOrNew : Messages.CodePicker_filter);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        list = WidgetIds.tag(new Table(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL), WidgetIds.CODE_PICKER_LIST);
        swatches = new Swatches(list);
        list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new TableColumn(list, SWT.LEFT).setText(Messages.CodePicker_code);
        new TableColumn(list, SWT.LEFT).setText(Messages.CodePicker_where);
        hint = new Label(area, SWT.WRAP);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        filter.addListener(SWT.Modify, e -> fill());
        filter.addListener(SWT.DefaultSelection, e -> okPressed());
        filter.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN && list.getItemCount() > 0) {
                list.setFocus();
                e.doit = false;
            }
        });
        list.addListener(SWT.DefaultSelection, e -> okPressed());
        list.addListener(SWT.Resize, e -> sizeColumns());
        list.addListener(SWT.MouseHover, e -> {
            TableItem item = list.getItem(new Point(e.x, e.y));
            list.setToolTipText(item == null ? null : item.getText(0) + " — " + item.getText(1));
        });
        fill();
    }

    /** Lists the codes matching the filter (and the new name, where allowed) and highlights the first row. */
    private void fill() {
        list.setRedraw(false);
        list.removeAll();
        for (Choice row : choices(codes, filter.getText(), allowNew)) {
            show(new TableItem(list, SWT.NONE), row, swatches);
        }
        if (list.getItemCount() > 0) {
            list.setSelection(0);
        }
        list.setRedraw(true);
        hint.setText(list.getItemCount() == 0 ? (codes.isEmpty() ? Messages.CodePicker_empty : NOTHING)
                : allowNew ? Messages.CodePicker_enterHint : "");
        sizeColumns();
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(list.getItemCount() > 0);
        }
    }

    /**
     * The rows offered for {@code typed}: the codes among {@code ordered} it matches, in that order, then (where
     * {@code allowNew}) the typed name as a new code unless a code has that name or path already.
     */
    public static List<Choice> choices(List<Code> ordered, String typed, boolean allowNew) {
        String name = typed.strip();
        List<Choice> rows = new ArrayList<>();
        boolean exact = false;
        for (Code code : ordered) {
            if (name.isEmpty() || matches(code, name)) {
                rows.add(new Choice(code, null));
                exact |= code.getName().equalsIgnoreCase(name) || code.path().equalsIgnoreCase(name);
            }
        }
        if (allowNew && !name.isEmpty() && !exact) {
            rows.add(new Choice(null, name));
        }
        return rows;
    }

    /** Shows a row in a list of codes: the code's colour and name, then where it sits; or the new code's name. */
    static void show(TableItem item, Choice row, Swatches swatches) {
        if (row.code() != null) {
            item.setText(new String[] {row.code().getName(), where(row.code())});
            item.setImage(0, swatches.of(row.code()));
        } else {
            item.setText(new String[] {NEW_CODE + row.newName(), NEW_WHERE});
        }
        item.setData(row);
    }

    private void sizeColumns() {
        sizeColumns(list);
    }

    /** The name column takes what its longest name needs, up to two thirds; where the code sits has the rest. */
    static void sizeColumns(Table list) {
        int width = list.getClientArea().width;
        if (width <= 0) {
            return;
        }
        TableColumn name = list.getColumn(0);
        name.pack();
        name.setWidth(Math.min(name.getWidth() + 8, width * 2 / 3));
        list.getColumn(1).setWidth(Math.max(40, width - name.getWidth()));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setEnabled(list.getItemCount() > 0);
    }

    @Override
    protected void okPressed() {
        int at = list.getSelectionIndex();
        if (at < 0) {
            return;
        }
        choice = (Choice) list.getItem(at).getData();
        super.okPressed();
    }
}
