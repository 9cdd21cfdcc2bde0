package org.attune.ui.handlers;

import java.util.List;

import org.attune.model.Element;
import org.attune.model.Source;
import org.attune.ui.views.ProjectExplorerView;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The Project Explorer's context-menu commands (Open, Rename..., Assign to Case..., Set Source
 * Attribute..., New Memo About It..., Delete...; Properties is {@link PropertiesHandler}) on what is selected there. Which one a handler runs is the data after the class name in
 * {@code plugin.xml} (e.g. {@code ExplorerHandler:rename}); the handlers are active in the explorer only and
 * enabled by the selection (expressions in {@code plugin.xml}). The view owns the dialogs; the operations are
 * {@code org.attune.coding}'s.
 */
public class ExplorerHandler extends ActionHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getActivePartChecked(event) instanceof ProjectExplorerView explorer)) {
            return null;
        }
        List<Element> chosen = selected(event, Element.class);
        if (chosen.isEmpty()) {
            return null;
        }
        Element one = chosen.get(0);
        switch (action) {
            case "open" -> explorer.open(one);
            case "rename" -> explorer.rename(one);
            case "assignToCase" -> explorer.assignToCase((Source) one);
            case "newMemo" -> explorer.newMemoAbout(one);
            case "sourceAttribute" -> explorer.setSourceAttribute((Source) one);
            case "delete" -> explorer.delete(chosen);
            default -> throw new ExecutionException("no Project Explorer action '" + action + "'");
        }
        return null;
    }
}
