package org.attune.ui.menus;

import org.eclipse.ui.PlatformUI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.attune.model.Code;
import org.attune.ui.Messages;
import org.attune.ui.RecentCodes;
import org.attune.ui.SelectionCoder;
import org.attune.ui.handlers.CodeWithRecentHandler;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPart;

/** "Code with <code>" for each recent code (the command Code with Recent Code and its slot, shown with its key Ctrl+1…9). */
public class RecentCodeItems extends CommandItems {
    @Override
    protected List<IContributionItem> items(IWorkbenchPart part) {
        List<IContributionItem> items = new ArrayList<>();
        if (part instanceof SelectionCoder coder && coder.codedProject() != null) {
            List<Code> recent = PlatformUI.getWorkbench().getService(RecentCodes.class).list(coder.codedProject());
            for (int slot = 1; slot <= recent.size(); slot++) {
                items.add(item("org.attune.ui.popup.transcript.recent." + slot, CodeWithRecentHandler.COMMAND,
                        NLS.bind(Messages.RecentCodeItems_codeWith, recent.get(slot - 1).getName()), Map.of(CodeWithRecentHandler.SLOT, String.valueOf(slot))));
            }
        }
        return items;
    }
}
