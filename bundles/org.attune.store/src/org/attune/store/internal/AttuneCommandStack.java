package org.attune.store.internal;

import org.attune.store.AuditEntry;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * EMF's command stack where every user action (execute, undo, redo) ends with one store commit, so that
 * what the user sees done is on disk, and an action whose commit fails is taken back in memory too.
 */
public final class AttuneCommandStack extends BasicCommandStack {
    /** Writes the changes recorded since the last commit; throws when the store cannot. */
    interface Committer {
        /** @param kind the audit kind: {@code do}, {@code undo} or {@code redo} */
        void commit(String kind, String action);

        void discard();
    }

    private final Committer committer;
    /** Asked before each undo and redo with the command it would take back or do again; throws to refuse it. */
    private java.util.function.Consumer<Command> stepGuard = command -> { };
    private boolean holdNotifications;
    private RuntimeException failure;

    AttuneCommandStack(Committer committer) {
        this.committer = committer;
    }

    /** Listeners (views, the search index) hear of an action only once it is committed, ids and all. */
    @Override
    protected void notifyListeners() {
        if (!holdNotifications) {
            super.notifyListeners();
        }
    }

    @Override
    public void execute(Command command) {
        int before = top;
        holdNotifications = true;
        failure = null;
        try {
            super.execute(command);
            if (top == before) {
                committer.discard(); // the command could not execute or failed; nothing to write
                if (failure != null) {
                    throw failure;
                }
                return;
            }
            try {
                committer.commit(AuditEntry.DO, command.getLabel());
            } catch (RuntimeException e) {
                super.undo();
                committer.discard();
                commandList.remove(commandList.size() - 1);
                throw e;
            }
        } finally {
            holdNotifications = false;
        }
        notifyListeners();
    }

    /** EMF logs a failing command and carries on; Attune hands the failure to the caller of the action. */
    @Override
    protected void handleError(Exception exception) {
        failure = exception instanceof RuntimeException r ? r : new IllegalStateException(exception);
    }

    @Override
    public void undo() {
        if (canUndo()) {
            stepGuard.accept(getUndoCommand());
        }
        step(super::undo, true);
    }

    @Override
    public void redo() {
        if (canRedo()) {
            stepGuard.accept(getRedoCommand());
        }
        step(super::redo, false);
    }

    /** {@code guard} is asked before each undo and redo; what it throws refuses the step, nothing is undone or redone. */
    public void guardSteps(java.util.function.Consumer<Command> guard) {
        stepGuard = guard;
    }

    /**
     * Takes {@code command} off the history, with what was done after it (the redo side above it), leaving the earlier
     * ones: for a step that was written elsewhere and refused there, whose effect is gone, or one that can no longer be
     * undone.
     */
    public void forget(Command command) {
        int at = command == null ? -1 : commandList.lastIndexOf(command);
        if (at < 0) {
            return;
        }
        while (commandList.size() > at) {
            commandList.remove(commandList.size() - 1).dispose();
        }
        top = Math.min(top, at - 1);
        mostRecentCommand = null;
        saveIndex = Math.min(saveIndex, top);
        notifyListeners();
    }

    /** Undoes or redoes, commits that (or reverts it), and only then tells the listeners. */
    private void step(Runnable step, boolean undoing) {
        holdNotifications = true;
        try {
            step.run();
            commitOrRevert(undoing);
        } finally {
            holdNotifications = false;
        }
        notifyListeners();
    }

    private void commitOrRevert(boolean undoing) {
        try {
            Command done = undoing ? getRedoCommand() : getUndoCommand();
            String label = done == null || done.getLabel() == null ? "" : done.getLabel();
            committer.commit(undoing ? AuditEntry.UNDO : AuditEntry.REDO, (undoing ? "Undo: " : "Redo: ") + label);
        } catch (RuntimeException e) {
            if (undoing) {
                super.redo();
            } else {
                super.undo();
            }
            committer.discard();
            throw e;
        }
    }
}
