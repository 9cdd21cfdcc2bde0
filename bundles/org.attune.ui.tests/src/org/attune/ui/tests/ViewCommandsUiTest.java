package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.attune.ui.testsupport.UiThread;
import org.attune.ui.views.CasesView;
import org.attune.ui.views.MemosView;
import org.attune.ui.views.SearchView;
import org.eclipse.core.commands.Command;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;

/**
 * The views' buttons are commands (#16): each command a button of Search, Memos and Cases runs is contributed in
 * plugin.xml, named, and has a handler, so that a key binding or menu entry can run it as the button does.
 */
class ViewCommandsUiTest {
    @Test
    void everyButtonsCommandIsDefinedNamedAndHandled() {
        List<String> ids = List.of(SearchView.SEARCH, SearchView.CODE_ALL, SearchView.CODING_QUERY, MemosView.NEW, MemosView.SAVE,
                MemosView.DELETE, CasesView.NEW_CASE, CasesView.NEW_ATTRIBUTE, CasesView.LINK_SPEAKER);
        for (String id : ids) {
            UiThread.run(() -> {
                Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(id);
                assertTrue(command.isDefined(), id + " is contributed");
                try {
                    assertTrue(!command.getName().isBlank() && !command.getName().startsWith("%"), id + " has a name: " + command.getName());
                } catch (org.eclipse.core.commands.common.NotDefinedException e) {
                    throw new AssertionError(id, e);
                }
                assertTrue(command.isHandled(), id + " has a handler");
            });
        }
    }
}
