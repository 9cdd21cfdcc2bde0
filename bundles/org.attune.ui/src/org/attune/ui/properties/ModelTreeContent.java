package org.attune.ui.properties;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;

/**
 * A tree's content as the item providers give it (what EMF.Edit UI's {@code AdapterFactoryContentProvider} does):
 * each object's children and parent come from its {@link ITreeItemContentProvider}, and the viewer follows the
 * item providers' notifications: a changed label is updated, changed children are refreshed, from whichever thread
 * the model was changed on, once for a burst of changes. A view chooses its roots from its input ({@code root}: the
 * object whose shown children are the tree's first level), which children it shows ({@code shown}) and, when it
 * shows the model through transient items of its own, which content provider an object has ({@code providers}).
 */
public final class ModelTreeContent implements ITreeContentProvider, INotifyChangedListener {
    private final Function<Object, Object> root;
    private final Predicate<Object> shown;
    private final Function<Object, ITreeItemContentProvider> providers;
    private StructuredViewer viewer;
    private Display display;
    /** Notified elements not yet shown: children and labels, children only, labels only. */
    private final Set<Object> refreshWithLabels = new LinkedHashSet<>();
    private final Set<Object> refreshOnly = new LinkedHashSet<>();
    private final Set<Object> labelsOnly = new LinkedHashSet<>();
    private boolean scheduled;

    /** Content under {@code root} of the viewer's input (null: none), showing the children {@code shown} accepts. */
    public ModelTreeContent(Function<Object, Object> root, Predicate<Object> shown) {
        this(root, shown, ModelTreeContent::provider);
    }

    /** As above, each object's children from {@code providers} (null: none). */
    public ModelTreeContent(Function<Object, Object> root, Predicate<Object> shown,
            Function<Object, ITreeItemContentProvider> providers) {
        this.root = root;
        this.shown = shown;
        this.providers = providers;
    }

    /** The item provider's tree content of a model object; a transient item is its own. */
    public static ITreeItemContentProvider provider(Object object) {
        return object instanceof ITreeItemContentProvider itself ? itself
                : ModelItems.factory().adapt(object, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider p ? p
                : null;
    }

    @Override
    public Object[] getElements(Object input) {
        Object top = input == null ? null : root.apply(input);
        return top == null ? new Object[0] : getChildren(top);
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = providers.apply(parent);
        return provider == null ? new Object[0] : provider.getChildren(parent).stream().filter(shown).toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = providers.apply(element);
        Object parent = provider == null ? null : provider.getParent(element);
        return parent != null && shown.test(parent) ? parent : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = providers.apply(element);
        return provider != null && provider.getChildren(element).stream().anyMatch(shown);
    }

    @Override
    public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
        if (viewer == null && changed instanceof StructuredViewer structured) {
            viewer = structured;
            display = structured.getControl().getDisplay();
            ModelItems.factory().addListener(this);
        }
    }

    @Override
    public void dispose() {
        ModelItems.factory().removeListener(this);
    }

    /** An item provider's viewer notification, on any thread: shown on the UI thread soon, with the others of its burst. */
    @Override
    public void notifyChanged(Notification notification) {
        if (!(notification instanceof IViewerNotification change) || change.getElement() == null || display == null
                || display.isDisposed()) {
            return;
        }
        synchronized (this) {
            (change.isContentRefresh() ? change.isLabelUpdate() ? refreshWithLabels : refreshOnly
                    : change.isLabelUpdate() ? labelsOnly : Set.of()).add(change.getElement());
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        display.asyncExec(this::show);
    }

    private void show() {
        List<Object> both;
        List<Object> children;
        List<Object> labels;
        synchronized (this) {
            scheduled = false;
            both = List.copyOf(refreshWithLabels);
            children = List.copyOf(refreshOnly);
            labels = List.copyOf(labelsOnly);
            refreshWithLabels.clear();
            refreshOnly.clear();
            labelsOnly.clear();
        }
        if (viewer == null || viewer.getControl().isDisposed() || viewer.getInput() == null) {
            return;
        }
        Object top = root.apply(viewer.getInput());
        for (Object element : both) {
            refresh(element, top, true);
        }
        for (Object element : children) {
            refresh(element, top, false);
        }
        for (Object element : labels) {
            viewer.update(element, null);
        }
    }

    /** The tree's root object is no item of the tree: its changed children refresh the whole tree. */
    private void refresh(Object element, Object top, boolean labels) {
        if (element == top) {
            viewer.refresh(labels);
        } else {
            viewer.refresh(element, labels);
        }
    }
}
