package org.attune.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.views.properties.PropertySheet;

/**
 * Properties (Alt+Enter, in the context menus): shows the standard Properties view, where the selected code, source,
 * case, memo or coding is shown and edited through the model's item providers.
 */
public class PropertiesHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        try {
            if (HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(IPageLayout.ID_PROP_SHEET) instanceof PropertySheet sheet
                    && part != null && part != sheet && selection != null) {
                // a view in the Properties view's own stack (Coded Segments) was hidden by it: the Properties view
                // ignored its selection while hidden, so it is given what was selected where Properties was asked for
                sheet.partActivated(part);
                sheet.selectionChanged(part, selection);
            }
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
