package org.attune.ui.handlers;

import org.attune.ui.views.SearchView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Window > Search: shows the Search view and puts the cursor in its query field. */
public class ShowSearchHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(SearchView.ID);
        } catch (PartInitException e) {
            throw new ExecutionException("The Search view cannot be shown", e);
        }
        return null;
    }
}
