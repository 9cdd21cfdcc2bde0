package org.attune.ui.ratings;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.attune.ratings.Consensus.Comparison;
import org.attune.ui.WidgetIds;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;

/**
 * The Decision cell of a disagreement in Compare Sheets: a drop-down of the agreed mark, in the cell itself (so it
 * moves with the row when the table scrolls or is resized), editable while no consensus sheet is made.
 */
final class DecisionEditing extends EditingSupport {
    private final Map<String, String> decided;
    private final Function<Comparison, List<String>> choices;
    private final BooleanSupplier open;
    private final ComboBoxCellEditor editor;
    private List<String> shown = List.of();

    /**
     * @param decided the decisions by sub-item key, written here
     * @param choices the marks a row's decision can be
     * @param open whether decisions can still be made
     */
    DecisionEditing(TableViewer viewer, Map<String, String> decided, Function<Comparison, List<String>> choices, BooleanSupplier open) {
        super(viewer);
        this.decided = decided;
        this.choices = choices;
        this.open = open;
        editor = new ComboBoxCellEditor(viewer.getTable(), new String[0], SWT.READ_ONLY);
        editor.setActivationStyle(ComboBoxCellEditor.DROP_DOWN_ON_MOUSE_ACTIVATION | ComboBoxCellEditor.DROP_DOWN_ON_KEY_ACTIVATION);
        WidgetIds.tag(editor.getControl(), RatingIds.COMPARE_DECISION);
    }

    @Override
    protected boolean canEdit(Object element) {
        return open.getAsBoolean() && ((Comparison) element).disagree();
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        shown = choices.apply((Comparison) element);
        editor.setItems(shown.toArray(String[]::new));
        return editor;
    }

    @Override
    protected Object getValue(Object element) {
        return shown.indexOf(decided.getOrDefault(((Comparison) element).key(), ""));
    }

    @Override
    protected void setValue(Object element, Object value) {
        int index = (Integer) value;
        if (index >= 0 && index < shown.size()) {
            decided.put(((Comparison) element).key(), shown.get(index));
            getViewer().update(element, null);
        }
    }
}
