package org.attune.ui.analysis;

import java.util.Optional;
import java.util.function.Consumer;

import org.attune.store.ProjectStore;
import org.attune.ui.ProjectSession;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.ViewPart;

/**
 * A view that shows the open project and is redrawn after every action (also undo and redo): it follows
 * {@link ProjectSession} and the store's command stack, and coalesces bursts of changes into one refresh.
 */
public abstract class ProjectViewPart extends ViewPart {
    private ProjectStore store;
    private boolean refreshPending;
    private final Consumer<Optional<ProjectStore>> projectListener = p -> show(p.orElse(null));
    private final CommandStackListener changeListener = e -> scheduleRefresh();
    /** Edit > Show Codings or the coder changed: what the view counts may differ. */
    private final Runnable shownListener = this::scheduleRefresh;

    /** The open project, or null. */
    protected ProjectStore store() {
        return store;
    }

    /** The control whose display runs refreshes; call {@link #start()} once it exists. */
    protected abstract Control control();

    /** Redraws everything from the project (null: no project open). Runs on the UI thread. */
    protected abstract void refresh();

    protected void start() {
        ProjectSession.get().addListener(projectListener);
        org.attune.ui.ShownCodings.addListener(shownListener);
        show(ProjectSession.get().current().orElse(null));
    }

    private void show(ProjectStore next) {
        if (store != null) {
            store.editingDomain().getCommandStack().removeCommandStackListener(changeListener);
        }
        store = next;
        if (store != null) {
            store.editingDomain().getCommandStack().addCommandStackListener(changeListener);
        }
        if (!control().isDisposed()) {
            refresh();
        }
    }

    /** Refreshes soon on the UI thread (from any thread), once for several changes in a row. */
    protected void scheduleRefresh() {
        Control c = control();
        if (c == null || c.isDisposed() || refreshPending) {
            return;
        }
        refreshPending = true;
        c.getDisplay().asyncExec(() -> {
            refreshPending = false;
            if (!c.isDisposed()) {
                refresh();
            }
        });
    }

    @Override
    public void setFocus() {
        control().setFocus();
    }

    @Override
    public void dispose() {
        ProjectSession.get().removeListener(projectListener);
        org.attune.ui.ShownCodings.removeListener(shownListener);
        if (store != null) {
            store.editingDomain().getCommandStack().removeCommandStackListener(changeListener);
        }
        super.dispose();
    }
}
