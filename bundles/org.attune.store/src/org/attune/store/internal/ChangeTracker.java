package org.attune.store.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Records what an action changed, so that its commit writes only that: per entity the features that
 * changed, and the Elements added to or removed from the project. Changes to value objects count as
 * changes of the owning entity's feature.
 */
public final class ChangeTracker extends EContentAdapter {
    final Map<EObject, Set<EStructuralFeature>> dirty = new LinkedHashMap<>();
    final Set<EObject> added = new LinkedHashSet<>();
    final Set<EObject> removed = new LinkedHashSet<>();
    private final Consumer<EObject> beforeLazyValueChange;
    private int paused;

    /** @param beforeLazyValueChange loads an object's lazy value features before they are first changed */
    ChangeTracker(Consumer<EObject> beforeLazyValueChange) {
        this.beforeLazyValueChange = beforeLazyValueChange;
    }

    /** Runs {@code work} without recording: for loading from the store. */
    void untracked(Runnable work) {
        paused++;
        try {
            work.run();
        } finally {
            paused--;
        }
    }

    boolean isEmpty() {
        return dirty.isEmpty() && added.isEmpty() && removed.isEmpty();
    }

    void clear() {
        dirty.clear();
        added.clear();
        removed.clear();
    }

    @Override
    protected boolean resolve() {
        return false;
    }

    @Override
    public void notifyChanged(Notification n) {
        super.notifyChanged(n);
        if (paused > 0 || n.isTouch() || !(n.getNotifier() instanceof EObject o)
                || !(n.getFeature() instanceof EStructuralFeature f)) {
            return;
        }
        if (ModelMapping.isEntity(o)) {
            if (ModelMapping.isLazy(f) && ModelMapping.holdsValues(f)) {
                beforeLazyValueChange.accept(o);
            }
            mark(o, f);
            if (ModelMapping.holdsEntities(f)) {
                collect(n.getNewValue(), added);
                collect(n.getOldValue(), removed);
            }
            return;
        }
        EObject child = o;
        EObject owner = o.eContainer();
        while (owner != null && !ModelMapping.isEntity(owner)) {
            child = owner;
            owner = owner.eContainer();
        }
        if (owner != null) {
            mark(owner, child.eContainingFeature());
        }
    }

    private void mark(EObject o, EStructuralFeature f) {
        dirty.computeIfAbsent(o, k -> new LinkedHashSet<>()).add(f);
    }

    private static void collect(Object value, Set<EObject> into) {
        if (value instanceof EObject e) {
            into.add(e);
        } else if (value instanceof Collection<?> many) {
            for (Object item : many) {
                if (item instanceof EObject e) {
                    into.add(e);
                }
            }
        }
    }
}
