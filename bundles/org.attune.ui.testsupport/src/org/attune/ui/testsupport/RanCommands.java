package org.attune.ui.testsupport;

import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.IExecutionListener;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;

/**
 * The commands the workbench runs while this is open, as its command service's execution listeners see them: to
 * check that a button, key or menu entry runs its command (#16). Use in try-with-resources.
 */
public final class RanCommands implements AutoCloseable {
    private final List<String> ran = new CopyOnWriteArrayList<>();
    private final ICommandService commands;
    private final IExecutionListener listener = new IExecutionListener() {
        @Override
        public void preExecute(String commandId, ExecutionEvent event) {
            ran.add(commandId.substring(commandId.lastIndexOf('.') + 1) + new TreeMap<>(event.getParameters()).values());
        }

        @Override
        public void postExecuteSuccess(String commandId, Object returnValue) {
        }

        @Override
        public void postExecuteFailure(String commandId, ExecutionException exception) {
            ran.add("failed " + commandId + ": " + exception);
        }

        @Override
        public void notHandled(String commandId, NotHandledException exception) {
            ran.add("not handled " + commandId);
        }
    };

    private RanCommands() {
        commands = UiThread.call(() -> PlatformUI.getWorkbench().getService(ICommandService.class));
        UiThread.run(() -> commands.addExecutionListener(listener));
    }

    /** Starts recording. */
    public static RanCommands record() {
        return new RanCommands();
    }

    /**
     * What ran so far, in order: each command as the last part of its id and its parameters' values by parameter id
     * (e.g. {@code setIn[00:00:01.000]}, {@code playPause[]}); a run that failed adds {@code failed ID: exception}, an
     * unhandled one {@code not handled ID}.
     */
    public List<String> list() {
        return List.copyOf(ran);
    }

    @Override
    public void close() {
        UiThread.run(() -> commands.removeExecutionListener(listener));
    }
}
