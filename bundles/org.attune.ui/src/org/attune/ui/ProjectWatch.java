package org.attune.ui;

import java.util.Optional;
import java.util.function.Consumer;

import org.attune.store.ProjectStore;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

/**
 * Keeps a view in step with the open project: tells it when another project (or none) is opened, and after every
 * committed action, undo and redo asks it, on the UI thread, to show the project again. It stops listening when
 * the view's control is disposed.
 */
public final class ProjectWatch {
    private final Control owner;
    private final Runnable onChange;
    private final Consumer<Optional<ProjectStore>> onProject;
    private final CommandStackListener changes = e -> later();
    private final Consumer<Optional<ProjectStore>> projects = this::projectOpened;
    private ProjectStore listening;

    /**
     * @param onProject called (on the UI thread) when another project or none is opened, after listening moved to it
     * @param onChange called after each committed action of the open project
     */
    public ProjectWatch(Control owner, Consumer<Optional<ProjectStore>> onProject, Runnable onChange) {
        this.owner = owner;
        this.onProject = onProject;
        this.onChange = onChange;
        ProjectSession.get().addListener(projects);
        listen(ProjectSession.get().current().orElse(null));
        owner.addListener(SWT.Dispose, e -> {
            ProjectSession.get().removeListener(projects);
            listen(null);
        });
    }

    private void projectOpened(Optional<ProjectStore> project) {
        listen(project.orElse(null));
        onProject.accept(project);
    }

    private void later() {
        if (!owner.isDisposed()) {
            owner.getDisplay().asyncExec(() -> {
                if (!owner.isDisposed()) {
                    onChange.run();
                }
            });
        }
    }

    private void listen(ProjectStore store) {
        if (listening != null) {
            listening.editingDomain().getCommandStack().removeCommandStackListener(changes);
        }
        listening = store;
        if (store != null) {
            store.editingDomain().getCommandStack().addCommandStackListener(changes);
        }
    }
}
