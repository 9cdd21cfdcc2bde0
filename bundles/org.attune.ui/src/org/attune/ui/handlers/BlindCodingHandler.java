package org.attune.ui.handlers;

import java.util.Map;
import java.util.Optional;

import org.attune.coding.BlindCoding;
import org.attune.model.Source;
import org.attune.model.User;
import org.attune.store.ProjectStore;
import org.attune.ui.CurrentCoder;
import org.attune.ui.IProjectSession;
import org.attune.ui.editors.SourceEditor;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;

/**
 * Blind coding in the workbench, as {@code attune cli coding blind|done} on the command line (docs/agreement.md):
 * <ul>
 * <li>{@code blind}: Edit > Code Blind, checked while the open project codes blind; turns it on or off;</li>
 * <li>{@code done}: Edit > My Coding of This Source Is Done (also in the transcript's context menu), checked while the
 * current coder marked their coding of the active transcript (or the source selected in the Project Explorer) done;
 * marks it done or takes the mark back.</li>
 * </ul>
 * Each is one undoable action of {@link BlindCoding}, which holds the rule; the views then show what the current coder
 * may see.
 */
public class BlindCodingHandler extends ActionHandler implements IElementUpdater {
    public static final String BLIND = "org.attune.ui.commands.codeBlind";
    public static final String DONE = "org.attune.ui.commands.codingDone";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Optional<ProjectStore> open = store().filter(s -> !s.isReadOnly());
        if (open.isEmpty()) {
            return null;
        }
        ProjectStore store = open.get();
        switch (action) {
            case "blind" -> BlindCoding.setBlind(store, !BlindCoding.isBlind(store.project()));
            case "done" -> {
                Source source = source(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event));
                if (source == null) {
                    return null;
                }
                User coder = coder(store);
                BlindCoding.markDone(store, source, coder, !BlindCoding.isDone(source, coder));
            }
            default -> throw unknown(action);
        }
        CurrentCoder.changed(); // what the current coder may see changed: the views read it again
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        commands.refreshElements(BLIND, null);
        commands.refreshElements(DONE, null);
        return null;
    }

    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        Optional<ProjectStore> open = store();
        if (open.isEmpty()) {
            element.setChecked(false);
            return;
        }
        if ("blind".equals(action)) {
            element.setChecked(BlindCoding.isBlind(open.get().project()));
            return;
        }
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        var page = window == null ? null : window.getActivePage();
        Source source = page == null ? null : source(page.getActivePart(), window.getSelectionService().getSelection());
        User coder = BlindCoding.user(open.get().project(), CurrentCoder.name());
        element.setChecked(source != null && coder != null && BlindCoding.isDone(source, coder));
    }

    private static Optional<ProjectStore> store() {
        return PlatformUI.getWorkbench().getService(IProjectSession.class).current();
    }

    /** The active transcript's source, else the source selected (in the Project Explorer), else null. */
    private static Source source(IWorkbenchPart part, Object selection) {
        if (part instanceof SourceEditor editor) {
            return editor.source();
        }
        if (selection instanceof IStructuredSelection chosen && chosen.getFirstElement() instanceof Source source) {
            return source;
        }
        return null;
    }

    /** The current coder as a user of the project (made one, as the command line's --as does, when they coded nothing yet). */
    private static User coder(ProjectStore store) {
        String name = CurrentCoder.name();
        User coder = BlindCoding.user(store.project(), name);
        if (coder == null) {
            store.setCurrentUser(name);
            coder = store.currentUser();
        }
        return coder;
    }
}
