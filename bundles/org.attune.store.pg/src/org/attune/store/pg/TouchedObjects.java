package org.attune.store.pg;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * The objects of a working copy's model that this user changed since they were last written to the server: kept on
 * the model from its opening on, so that writing an action back compares only what it touched rather than the whole
 * project. Others' actions brought into the copy are not this user's: they are made {@link #unnoted}.
 */
final class TouchedObjects extends EContentAdapter {
    private final Set<EObject> touched = new LinkedHashSet<>();
    private boolean noting = true;

    TouchedObjects(EObject root) {
        root.eAdapters().add(this);
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification); // follows objects added to the model
        if (noting && !notification.isTouch() && notification.getNotifier() instanceof EObject object) {
            touched.add(object);
        }
    }

    /** Runs {@code change} without noting what it touches (others' actions, the model read anew). */
    void unnoted(Runnable change) {
        boolean was = noting;
        noting = false;
        try {
            change.run();
        } finally {
            noting = was;
        }
    }

    /** What was touched since the last call (or since the copy was made as the server's), forgotten here. */
    Set<EObject> take() {
        Set<EObject> taken = new LinkedHashSet<>(touched);
        touched.clear();
        return taken;
    }

    /** Forgets what was touched: the copy is as the server's again. */
    void clear() {
        touched.clear();
    }
}
