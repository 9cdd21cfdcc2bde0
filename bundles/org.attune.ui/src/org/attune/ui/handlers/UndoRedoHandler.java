package org.attune.ui.handlers;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.attune.store.ProjectStore;
import org.attune.store.StoreFailure;
import org.attune.ui.Messages;
import org.attune.ui.IProjectSession;
import org.attune.ui.Widgets;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

/**
 * Edit > Undo and Edit > Redo on the open project's command stack: every action in Attune (import, coding,
 * renaming...) is undone and redone as one committed action. Enabled only when there is something to do; the menu
 * item and its tooltip name the action ("Undo Merge 'A' into 'B'", the command's label) and follow the stack.
 */
public abstract class UndoRedoHandler extends AbstractHandler implements IElementUpdater {
    private final EventHandler projectEvents = this::projectEvent;
    private final IEventBroker events = PlatformUI.getWorkbench().getService(IEventBroker.class);
    private ProjectStore watched;
    /** "Undo" or "Redo". */
    private final String verb;
    /** The command this handler serves. */
    private final String commandId;
    /** Whether the stack has an action to take back or do again. */
    private final Predicate<CommandStack> can;
    /** The command the item would undo or redo, or null. */
    private final Function<CommandStack, Command> next;
    private final Consumer<ProjectStore> run;

    protected UndoRedoHandler(String verb, String commandId, Predicate<CommandStack> can, Function<CommandStack, Command> next,
            Consumer<ProjectStore> run) {
        this.verb = verb;
        this.commandId = commandId;
        this.can = can;
        this.next = next;
        this.run = run;
        watched = PlatformUI.getWorkbench().getService(IProjectSession.class).current().orElse(null);
        events.subscribe(IProjectSession.TOPIC_ALL, projectEvents);
        update();
    }

    /** Another project or none (the stack to follow), or an action done, undone or redone. */
    private void projectEvent(Event event) {
        if (!IProjectSession.TOPIC_CHANGED.equals(event.getTopic())) {
            watched = IProjectSession.TOPIC_OPENED.equals(event.getTopic()) ? (ProjectStore) event.getProperty(IEventBroker.DATA) : null;
        }
        update();
    }

    private void update() {
        setBaseEnabled(watched != null && can.test(watched.editingDomain().getCommandStack()));
        if (PlatformUI.isWorkbenchRunning()) { // the stack may change on a background job's thread
            Display display = PlatformUI.getWorkbench().getDisplay();
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getService(ICommandService.class) instanceof ICommandService commands) {
                        commands.refreshElements(commandId, null);
                    }
                });
            }
        }
    }

    /** "Undo Code with 'Waiting'": the verb and the label of the action it would take back or do again. */
    public String text() {
        Command command = watched == null ? null : next.apply(watched.editingDomain().getCommandStack());
        String label = command == null ? null : command.getLabel();
        return label == null || label.isBlank() ? verb : verb + " " + label;
    }

    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        String text = text();
        element.setText("&" + Widgets.literal(text));
        element.setTooltip(text);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        if (watched != null) {
            try {
                run.accept(watched);
            } catch (StoreFailure e) {
                MessageDialog.openError(HandlerUtil.getActiveWorkbenchWindow(event).getShell(), Messages.UndoRedoHandler_notSaved, e.getMessage());
            }
        }
        return null;
    }

    @Override
    public void dispose() {
        events.unsubscribe(projectEvents);
        super.dispose();
    }

    /** Edit > Undo. */
    public static class Undo extends UndoRedoHandler {
        public Undo() {
            super(Messages.UndoRedoHandler_undo, "org.eclipse.ui.edit.undo", CommandStack::canUndo, CommandStack::getUndoCommand,
                    ProjectStore::undo);
        }
    }

    /** Edit > Redo. */
    public static class Redo extends UndoRedoHandler {
        public Redo() {
            super(Messages.UndoRedoHandler_redo, "org.eclipse.ui.edit.redo", CommandStack::canRedo, CommandStack::getRedoCommand,
                    ProjectStore::redo);
        }
    }
}
