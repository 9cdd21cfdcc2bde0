package org.attune.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.attune.store.ProjectStore;
import org.attune.store.StoreDamagedException;
import org.eclipse.core.runtime.Platform;

/**
 * The project this workbench works on, open (and locked) until another is opened or the workbench closes.
 * Views listen for it to change. Used on the UI thread.
 */
public final class ProjectSession {
    public static final String HOLDER = "Attune workbench";
    private static final ProjectSession INSTANCE = new ProjectSession();

    private final List<Consumer<Optional<ProjectStore>>> listeners = new CopyOnWriteArrayList<>();
    private ProjectStore current;
    private org.attune.index.ProjectIndex index;

    public static ProjectSession get() {
        return INSTANCE;
    }

    public Optional<ProjectStore> current() {
        return Optional.ofNullable(current);
    }

    /** Makes {@code store} the open project, closing the one open before. */
    public void open(ProjectStore store) {
        closeCurrent();
        current = store;
        String coder = org.attune.ui.preferences.CodingPreferences.coder();
        if (coder != null) {
            store.setCurrentUser(coder);
        }
        notifyAll(current());
    }

    /**
     * Tells every listener, even when one of them meets damage in the store: the others still show what can be read;
     * the first damage met is then thrown for the caller to tell the user.
     */
    private void notifyAll(Optional<ProjectStore> project) {
        StoreDamagedException damage = null;
        for (var listener : listeners) {
            try {
                listener.accept(project);
            } catch (StoreDamagedException e) {
                damage = damage == null ? e : damage;
            }
        }
        if (damage != null) {
            throw damage;
        }
    }

    public void close() {
        closeCurrent();
        listeners.forEach(l -> l.accept(Optional.empty()));
    }

    /**
     * The open project's search index, opened (and if needed rebuilt from the store) on first use; it then
     * follows every action. Null without a project.
     */
    public org.attune.index.ProjectIndex index() throws java.io.IOException {
        if (index == null && current != null) {
            index = openIndex(current);
        }
        return index;
    }

    /**
     * Opens the index with a progress dialog: building or rebuilding it reads every transcript, which takes a
     * while in a big project, and can be cancelled (it is then built again next time). It runs on the UI thread
     * because the index reads the model, which only that thread changes.
     */
    private static org.attune.index.ProjectIndex openIndex(ProjectStore store) throws java.io.IOException {
        var display = org.eclipse.swt.widgets.Display.getCurrent();
        if (display == null || display.getActiveShell() == null) {
            return org.attune.index.ProjectIndex.open(store);
        }
        org.attune.index.ProjectIndex[] opened = {null};
        try {
            new org.eclipse.jface.dialogs.ProgressMonitorDialog(display.getActiveShell()).run(false, true, monitor -> {
                try {
                    opened[0] = org.attune.index.ProjectIndex.open(store, monitor);
                } catch (java.io.IOException e) {
                    throw new java.lang.reflect.InvocationTargetException(e);
                }
            });
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof java.io.IOException io ? io : new java.io.IOException(e.getCause());
        } catch (InterruptedException | org.eclipse.core.runtime.OperationCanceledException e) {
            return null; // cancelled: the search says so, and the index is built on the next search
        }
        return opened[0];
    }

    /** Closes the open project; a failure (e.g. its folder vanished) is logged, and the session is cleared anyway. */
    private void closeCurrent() {
        if (index != null) {
            try {
                index.close();
            } catch (java.io.IOException | RuntimeException e) {
                Platform.getLog(ProjectSession.class).error("Closing the search index failed", e);
            }
            index = null;
        }
        if (current != null) {
            ProjectStore closing = current;
            current = null;
            try {
                closing.close();
            } catch (RuntimeException e) {
                Platform.getLog(ProjectSession.class).error("Closing " + closing.folder() + " failed", e);
            }
        }
    }

    public void addListener(Consumer<Optional<ProjectStore>> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Optional<ProjectStore>> listener) {
        listeners.remove(listener);
    }
}
