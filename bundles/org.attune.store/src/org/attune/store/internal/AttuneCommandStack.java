package org.attune.store.internal;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * EMF's command stack where every user action (execute, undo, redo) ends with one store commit, so that
 * what the user sees done is on disk, and an action whose commit fails is taken back in memory too.
 */
public final class AttuneCommandStack extends BasicCommandStack {
    /** Writes the changes recorded since the last commit; throws when the store cannot. */
    interface Committer {
        void commit(String action);

        void discard();
    }

    private final Committer committer;

    AttuneCommandStack(Committer committer) {
        this.committer = committer;
    }

    @Override
    public void execute(Command command) {
        int before = top;
        super.execute(command);
        if (top == before) {
            committer.discard(); // the command could not execute; nothing to write
            return;
        }
        try {
            committer.commit(command.getLabel());
        } catch (RuntimeException e) {
            super.undo();
            committer.discard();
            commandList.remove(commandList.size() - 1);
            throw e;
        }
    }

    @Override
    public void undo() {
        super.undo();
        commitOrRevert(true);
    }

    @Override
    public void redo() {
        super.redo();
        commitOrRevert(false);
    }

    private void commitOrRevert(boolean undoing) {
        try {
            committer.commit(undoing ? "undo" : "redo");
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
