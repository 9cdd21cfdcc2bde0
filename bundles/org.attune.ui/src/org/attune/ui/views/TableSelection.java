package org.attune.ui.views;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * The selection of a plain SWT table: the data of its selected rows, told to listeners when the user selects rows,
 * to the post-selection listeners (the Properties view is one) as well.
 */
final class TableSelection implements IPostSelectionProvider {
    private final Table table;
    private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();
    private final List<ISelectionChangedListener> postListeners = new CopyOnWriteArrayList<>();

    TableSelection(Table table) {
        this.table = table;
        table.addListener(SWT.Selection, e -> changed());
    }

    /** Tells the listeners the selection now (also after the rows were replaced). */
    void changed() {
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        listeners.forEach(l -> l.selectionChanged(event));
        postListeners.forEach(l -> l.selectionChanged(event));
    }

    @Override
    public ISelection getSelection() {
        return table.isDisposed() ? StructuredSelection.EMPTY
                : new StructuredSelection(Arrays.stream(table.getSelection()).map(TableItem::getData).toList());
    }

    @Override
    public void setSelection(ISelection selection) {
        // chosen by the user only
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
        postListeners.add(listener);
    }

    @Override
    public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
        postListeners.remove(listener);
    }
}
