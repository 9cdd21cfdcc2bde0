package org.attune.store;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Hears every change of a project's model in memory, as the store's own change tracking and the search index follow
 * it: attached to the project, it follows the whole containment tree without resolving proxies (which would read
 * lazily stored parts), and passes on each real change of a model object (not a touch) to {@link #changed}.
 */
public abstract class ModelChanges extends EContentAdapter {
    @Override
    protected final boolean resolve() {
        return false;
    }

    @Override
    public final void notifyChanged(Notification n) {
        super.notifyChanged(n);
        if (!n.isTouch() && n.getNotifier() instanceof EObject changed) {
            changed(changed, n);
        }
    }

    /** {@code changed} changed as {@code n} says. */
    protected abstract void changed(EObject changed, Notification n);
}
