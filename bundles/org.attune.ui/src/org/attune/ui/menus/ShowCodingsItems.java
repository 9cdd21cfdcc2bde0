package org.attune.ui.menus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.attune.coding.CoderFilter;
import org.attune.ui.ShownCodings;
import org.attune.ui.handlers.ShowCodingsHandler;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.menus.CommandContributionItem;

/** Show Codings' radio items: All, Mine, each coder of the project, Consensus (the command Show Codings with its choice). */
public class ShowCodingsItems extends CommandItems {
    @Override
    protected List<IContributionItem> items(IWorkbenchPart part) {
        List<IContributionItem> items = new ArrayList<>();
        for (CoderFilter choice : ShownCodings.choices()) {
            items.add(item("org.attune.ui.showCodings." + choice.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + (choice.coder() == null ? "" : "." + choice.coder()), ShowCodingsHandler.COMMAND, ShownCodings.label(choice),
                    Map.of(ShowCodingsHandler.WHOSE, choice.word()), CommandContributionItem.STYLE_RADIO));
        }
        return items;
    }
}
