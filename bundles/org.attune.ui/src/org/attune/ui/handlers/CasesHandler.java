package org.attune.ui.handlers;

import org.attune.coding.Cases;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.Messages;
import org.attune.ui.dialogs.LinkSpeakerDialog;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The Cases view's commands (its buttons New Case..., New Attribute..., Link Speaker to Case...):
 * {@code CasesHandler:newCase}, {@code :newAttribute}, {@code :linkSpeaker} in {@code plugin.xml}. Each asks what
 * it needs and calls {@link Cases} (one undoable action); none needs more of the view, which shows the result as
 * the project changes.
 */
public class CasesHandler extends ActionHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ProjectStore store = PlatformUI.getWorkbench().getService(IProjectSession.class).current().orElse(null);
        if (store == null) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        Cases cases = new Cases(store);
        switch (action) {
            case "newCase" -> {
                InputDialog ask = new InputDialog(shell, Messages.CasesView_newCaseTitle, Messages.CasesView_newCaseMessage, "",
                        n -> n.isBlank() ? Messages.CasesView_caseNeedsName : cases.find(n).isPresent() ? Messages.CasesView_caseExists : null);
                if (ask.open() == Window.OK) {
                    cases.create(ask.getValue(), null);
                }
            }
            case "newAttribute" -> {
                InputDialog ask = new InputDialog(shell, Messages.CasesView_newAttributeTitle, Messages.CasesView_newAttributeMessage, "",
                        n -> n.isBlank() || n.strip().equalsIgnoreCase("role") ? Messages.CasesView_attributeProblem : null);
                if (ask.open() == Window.OK) {
                    cases.defineAttribute(ask.getValue());
                }
            }
            case "linkSpeaker" -> new LinkSpeakerDialog(shell, store).open();
            default -> throw unknown(action);
        }
        return null;
    }
}
