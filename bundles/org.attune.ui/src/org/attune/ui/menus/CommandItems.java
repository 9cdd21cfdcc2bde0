package org.attune.ui.menus;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IPartService;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.menus.IWorkbenchContribution;
import org.eclipse.ui.services.IServiceLocator;

/**
 * Menu items made when the menu is shown, each a command with parameters (run by the command's handler, so that
 * keys, undo labels and enablement are the command's).
 */
abstract class CommandItems extends CompoundContributionItem implements IWorkbenchContribution {
    private IServiceLocator locator;

    @Override
    public void initialize(IServiceLocator serviceLocator) {
        locator = serviceLocator;
    }

    @Override
    protected final IContributionItem[] getContributionItems() {
        IPartService parts = locator == null ? null : locator.getService(IPartService.class);
        IWorkbenchPart part = parts == null ? null : parts.getActivePart();
        return part == null ? new IContributionItem[0] : items(part).toArray(IContributionItem[]::new);
    }

    /** The items for the active {@code part} (none if they do not apply to it). */
    protected abstract List<IContributionItem> items(IWorkbenchPart part);

    /** An item labelled {@code label} that runs {@code commandId} with {@code parameters}. */
    protected IContributionItem item(String id, String commandId, String label, Map<String, String> parameters) {
        return item(id, commandId, label, parameters, CommandContributionItem.STYLE_PUSH);
    }

    /** As {@link #item(String, String, String, Map)} in a {@link CommandContributionItem} style (radio, check). */
    protected IContributionItem item(String id, String commandId, String label, Map<String, String> parameters, int style) {
        CommandContributionItemParameter p = new CommandContributionItemParameter(locator, id, commandId, style);
        p.label = label;
        p.parameters = parameters;
        return new CommandContributionItem(p);
    }
}
