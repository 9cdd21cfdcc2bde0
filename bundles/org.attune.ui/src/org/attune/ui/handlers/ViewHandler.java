package org.attune.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * A handler of the commands of one view (its buttons and toolbar): which one an instance runs is the data after
 * the class name in {@code plugin.xml}; it acts on that view of the active page, whether or not the view has the
 * focus, and does nothing while the view is not open.
 *
 * @param <V> the view
 */
public abstract class ViewHandler<V extends IViewPart> extends ActionHandler {
    private final String viewId;
    private final Class<V> type;

    protected ViewHandler(String viewId, Class<V> type) {
        this.viewId = viewId;
        this.type = type;
    }

    @Override
    public final Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        IViewPart part = page == null ? null : page.findView(viewId);
        if (type.isInstance(part)) {
            run(type.cast(part), action);
        }
        return null;
    }

    /** Runs {@code action} on {@code view}. */
    protected abstract void run(V view, String action) throws ExecutionException;

    /** The failure of an action this handler does not know (a slip in {@code plugin.xml}). */
    protected final ExecutionException unknown(String action) {
        return new ExecutionException("no " + viewId + " action '" + action + "'");
    }
}
