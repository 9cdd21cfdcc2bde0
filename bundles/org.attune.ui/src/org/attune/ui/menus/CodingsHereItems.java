package org.attune.ui.menus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.attune.model.Coding;
import org.attune.ui.Messages;
import org.attune.ui.editors.SourceEditor;
import org.attune.ui.handlers.TranscriptHandler;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPart;

/** Uncode, Recode As... and Annotate... for each coding under the transcript's selection (the coding's id as parameter). */
public class CodingsHereItems extends CommandItems {
    private static final String COMMANDS = "org.attune.ui.commands.transcript.";

    @Override
    protected List<IContributionItem> items(IWorkbenchPart part) {
        List<IContributionItem> items = new ArrayList<>();
        if (part instanceof SourceEditor editor) {
            for (Coding coding : editor.codingsAtSelection()) {
                String name = coding.getCode().getName();
                Map<String, String> which = Map.of(TranscriptHandler.CODING, coding.getId());
                items.add(item(COMMANDS + "uncode." + coding.getId(), COMMANDS + "uncode", NLS.bind(Messages.CodingsHereItems_uncode, name), which));
                items.add(item(COMMANDS + "recode." + coding.getId(), COMMANDS + "recode", NLS.bind(Messages.CodingsHereItems_recode, name), which));
                items.add(item(COMMANDS + "annotate." + coding.getId(), COMMANDS + "annotate", NLS.bind(Messages.CodingsHereItems_annotate, name), which));
            }
        }
        return items;
    }
}
