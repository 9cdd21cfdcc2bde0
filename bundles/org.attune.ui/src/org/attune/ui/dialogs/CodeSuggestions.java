package org.attune.ui.dialogs;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.attune.coding.Codebook;
import org.attune.store.ProjectStore;
import org.attune.ui.Swatches;
import org.attune.ui.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The {@link CodePicker}'s rows as suggestions under a field that takes a code (the transcript's quick-code box, the
 * player's code-range box), shown as you type: the matching codes, recent first, each with its colour and where it
 * sits, then the typed name as a new code. Up and Down move the highlight, Enter (or a click) takes the highlighted
 * row and hands it on, Esc closes the list. The field keeps the keyboard throughout.
 */
public final class CodeSuggestions {
    private static final int ROWS = 8;
    private final Text field;
    private final Supplier<ProjectStore> store;
    private final Consumer<CodePicker.Choice> taken;
    private Table table;
    private Swatches swatches;

    private CodeSuggestions(Text field, Supplier<ProjectStore> store, Consumer<CodePicker.Choice> taken) {
        this.field = field;
        this.store = store;
        this.taken = taken;
    }

    /** Suggests the codes of the project {@code store} gives (null: none) under {@code field}; {@code taken} gets the row taken. */
    public static CodeSuggestions attach(Text field, Supplier<ProjectStore> store, Consumer<CodePicker.Choice> taken) {
        CodeSuggestions suggestions = new CodeSuggestions(field, store, taken);
        field.addListener(SWT.Modify, e -> suggestions.update());
        field.addListener(SWT.Traverse, suggestions::traverse);
        field.addListener(SWT.KeyDown, suggestions::key);
        field.addListener(SWT.FocusOut, e -> field.getDisplay().asyncExec(() -> {
            if (suggestions.isOpen() && !suggestions.table.isFocusControl()) {
                suggestions.hide();
            }
        }));
        field.addListener(SWT.Dispose, e -> {
            if (suggestions.table != null) {
                suggestions.table.dispose();
            }
        });
        return suggestions;
    }

    /** Whether the list is showing (then Enter takes its highlighted row, not the typed text). */
    public boolean isOpen() {
        return table != null && !table.isDisposed() && table.isVisible();
    }

    private void update() {
        ProjectStore project = store.get();
        String typed = field.getText();
        if (project == null || typed.isBlank() || !field.isFocusControl()) {
            hide();
            return;
        }
        List<CodePicker.Choice> rows = CodePicker.choices(CodePicker.recentFirst(project, new Codebook(project).all()), typed, true);
        if (table == null || table.isDisposed()) {
            create();
        }
        table.setRedraw(false);
        table.removeAll();
        rows.forEach(row -> CodePicker.show(new TableItem(table, SWT.NONE), row, swatches));
        table.setSelection(0);
        table.setRedraw(true);
        Shell shell = field.getShell();
        int width = Math.max(field.getSize().x, 480);
        int height = Math.min(rows.size(), ROWS) * table.getItemHeight() + 2 * table.getBorderWidth() + 4;
        Point below = shell.toControl(field.toDisplay(0, field.getSize().y));
        int room = shell.getClientArea().height;
        int y = below.y + height <= room ? below.y : Math.max(0, below.y - field.getSize().y - height);
        table.setBounds(Math.max(0, Math.min(below.x, shell.getClientArea().width - width)), y, width, height);
        CodePicker.sizeColumns(table);
        table.moveAbove(null);
        table.setVisible(true);
    }

    /** The list floats over the window the field is in (a child of its shell, above the rest), so the field keeps the keyboard. */
    private void create() {
        table = WidgetIds.tag(new Table(field.getShell(), SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER),
                WidgetIds.CODE_SUGGESTIONS);
        table.setVisible(false);
        new TableColumn(table, SWT.LEFT);
        new TableColumn(table, SWT.LEFT);
        swatches = new Swatches(table);
        table.addListener(SWT.MouseUp, e -> take());
    }

    private void hide() {
        if (isOpen()) {
            table.setVisible(false);
        }
    }

    /** Enter and Esc act on the list while it shows, instead of on the field or the dialog around it. */
    private void traverse(Event e) {
        if (isOpen() && (e.detail == SWT.TRAVERSE_RETURN || e.detail == SWT.TRAVERSE_ESCAPE)) {
            e.doit = false;
        }
    }

    private void key(Event e) {
        if (!isOpen()) {
            return;
        }
        switch (e.keyCode) {
            case SWT.ARROW_DOWN, SWT.ARROW_UP -> {
                int next = table.getSelectionIndex() + (e.keyCode == SWT.ARROW_DOWN ? 1 : -1);
                table.setSelection(Math.max(0, Math.min(table.getItemCount() - 1, next)));
                e.doit = false;
            }
            case SWT.CR, SWT.KEYPAD_CR -> {
                e.doit = false;
                take();
            }
            case SWT.ESC -> {
                e.doit = false;
                hide();
            }
            default -> {
            }
        }
    }

    private void take() {
        int at = table.getSelectionIndex();
        if (at < 0) {
            return;
        }
        CodePicker.Choice choice = (CodePicker.Choice) table.getItem(at).getData();
        hide();
        taken.accept(choice);
    }
}
