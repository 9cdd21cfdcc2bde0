package org.attune.ui.handlers;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * A handler of several of a part's commands (its context menu, its buttons): which one an instance runs is the
 * data after the class name in {@code plugin.xml} (e.g. {@code ExplorerHandler:rename}).
 */
public abstract class ActionHandler extends AbstractHandler implements IExecutableExtension {
    /** The action this handler runs. */
    protected String action;

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        action = String.valueOf(data);
    }

    /**
     * The view {@code id} of the active page, whether or not it has the focus (a view's buttons run its commands
     * while another part may be active); empty while it is not open.
     */
    protected static <V extends IViewPart> Optional<V> view(ExecutionEvent event, String id, Class<V> type) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        IViewPart part = page == null ? null : page.findView(id);
        return type.isInstance(part) ? Optional.of(type.cast(part)) : Optional.empty();
    }

    /** The active part if it is a {@code type}, else the view {@code id} of the active page (see {@link #view}). */
    protected static <V extends IViewPart> Optional<V> activeOrView(ExecutionEvent event, String id, Class<V> type) throws ExecutionException {
        return type.isInstance(HandlerUtil.getActivePart(event)) ? Optional.of(type.cast(HandlerUtil.getActivePart(event))) : view(event, id, type);
    }

    /** The failure of an action this handler does not know (a slip in {@code plugin.xml}). */
    protected static ExecutionException unknown(String action) {
        return new ExecutionException("no action '" + action + "'");
    }

    /** The selected objects of {@code type}, in the order of the selection. */
    protected static <T> List<T> selected(ExecutionEvent event, Class<T> type) {
        return HandlerUtil.getCurrentStructuredSelection(event).toList().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
