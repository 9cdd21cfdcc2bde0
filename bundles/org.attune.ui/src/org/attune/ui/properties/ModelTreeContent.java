package org.attune.ui.properties;

import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * A tree's content as the item providers give it (what EMF.Edit UI's {@code AdapterFactoryContentProvider} does):
 * each model object's children and parent come from its {@link ITreeItemContentProvider}. A view chooses its roots
 * from its input ({@code root}: the model object whose
 * shown children are the tree's first level) and which children it shows ({@code shown}: the Codebook shows only codes). The
 * view refreshes the viewer itself after each committed action, so no notifications are followed here.
 */
public final class ModelTreeContent implements ITreeContentProvider {
    private final Function<Object, Object> root;
    private final Predicate<Object> shown;

    /** Content under {@code root} of the viewer's input (null: none), showing the children {@code shown} accepts. */
    public ModelTreeContent(Function<Object, Object> root, Predicate<Object> shown) {
        this.root = root;
        this.shown = shown;
    }

    private static ITreeItemContentProvider provider(Object object) {
        return ModelItems.factory().adapt(object, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider p ? p
                : null;
    }

    @Override
    public Object[] getElements(Object input) {
        Object top = input == null ? null : root.apply(input);
        return top == null ? new Object[0] : getChildren(top);
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = provider(parent);
        return provider == null ? new Object[0] : provider.getChildren(parent).stream().filter(shown).toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = provider(element);
        Object parent = provider == null ? null : provider.getParent(element);
        return parent != null && shown.test(parent) ? parent : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = provider(element);
        return provider != null && provider.getChildren(element).stream().anyMatch(shown);
    }
}
