package org.attune.ui.handlers;

import java.util.Optional;
import java.util.function.Consumer;

import org.attune.store.ProjectStore;
import org.attune.store.StoreFailure;
import org.attune.ui.ProjectSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Edit > Undo and Edit > Redo on the open project's command stack: every action in Attune (import, coding,
 * renaming...) is undone and redone as one committed action. Enabled only when there is something to do.
 */
public abstract class UndoRedoHandler extends AbstractHandler {
    private final CommandStackListener stackListener = event -> update();
    private final Consumer<Optional<ProjectStore>> sessionListener = this::watch;
    private ProjectStore watched;

    protected UndoRedoHandler() {
        ProjectSession.get().addListener(sessionListener);
        watch(ProjectSession.get().current());
    }

    protected abstract boolean can(CommandStack stack);

    protected abstract void run(ProjectStore store);

    private void watch(Optional<ProjectStore> store) {
        if (watched != null) {
            watched.editingDomain().getCommandStack().removeCommandStackListener(stackListener);
        }
        watched = store.orElse(null);
        if (watched != null) {
            watched.editingDomain().getCommandStack().addCommandStackListener(stackListener);
        }
        update();
    }

    private void update() {
        setBaseEnabled(watched != null && can(watched.editingDomain().getCommandStack()));
    }

    @Override
    public Object execute(ExecutionEvent event) {
        if (watched != null) {
            try {
                run(watched);
            } catch (StoreFailure e) {
                MessageDialog.openError(HandlerUtil.getActiveWorkbenchWindow(event).getShell(), "Not saved", e.getMessage());
            }
        }
        return null;
    }

    @Override
    public void dispose() {
        ProjectSession.get().removeListener(sessionListener);
        if (watched != null) {
            watched.editingDomain().getCommandStack().removeCommandStackListener(stackListener);
        }
        super.dispose();
    }

    /** Edit > Undo. */
    public static class Undo extends UndoRedoHandler {
        @Override
        protected boolean can(CommandStack stack) {
            return stack.canUndo();
        }

        @Override
        protected void run(ProjectStore store) {
            store.undo();
        }
    }

    /** Edit > Redo. */
    public static class Redo extends UndoRedoHandler {
        @Override
        protected boolean can(CommandStack stack) {
            return stack.canRedo();
        }

        @Override
        protected void run(ProjectStore store) {
            store.redo();
        }
    }
}
