package org.attune.store.internal;

import org.eclipse.emf.common.command.AbortExecutionException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;

/**
 * One user gesture made of several actions (the level of N codes, a new code and its coding): an EMF compound
 * command on the project's command stack, so that the gesture is one undo step and one commit. While it runs, the
 * actions executed on its thread join it ({@link #running()}); if one fails, those done are undone and the
 * failure reaches the caller. A gesture that changed nothing leaves no undo step.
 */
public final class Gesture extends CompoundCommand {
    private static final ThreadLocal<Gesture> RUNNING = new ThreadLocal<>();
    private final Runnable actions;

    public Gesture(String label, Runnable actions) {
        super(label);
        this.actions = actions;
    }

    /** The gesture being executed on this thread, or null. */
    public static Gesture running() {
        return RUNNING.get();
    }

    @Override
    protected boolean prepare() {
        return true; // its actions are known only as they run
    }

    @Override
    public void execute() {
        RUNNING.set(this);
        try {
            actions.run();
        } catch (RuntimeException e) {
            undo();
            commandList.clear();
            throw e;
        } finally {
            RUNNING.remove();
        }
        if (commandList.isEmpty()) {
            throw new AbortExecutionException(); // nothing changed: the command stack keeps no step
        }
    }

    /** Executes one action of the gesture; it is undone and redone with the gesture. */
    public void join(Command action) {
        if (!appendAndExecute(action)) {
            throw new IllegalArgumentException("the action \"" + action.getLabel() + "\" cannot be done here");
        }
    }
}
