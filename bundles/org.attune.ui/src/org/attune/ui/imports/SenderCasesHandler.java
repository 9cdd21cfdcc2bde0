package org.attune.ui.imports;

import java.util.List;

import org.attune.importer.mail.Senders;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.Messages;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > E-mail Senders Without a Case...: asks the case of each sender whose e-mails are in no case. */
public class SenderCasesHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveWorkbenchWindow(event).getShell();
        ProjectStore store = PlatformUI.getWorkbench().getService(IProjectSession.class).current().orElse(null);
        if (store == null) {
            MessageDialog.openInformation(shell, Messages.SenderCasesDialog_title, Messages.ImportHandler_noProject);
            return null;
        }
        List<Senders.Unmatched> senders = Senders.unmatched(store.project());
        if (senders.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.SenderCasesDialog_title, Messages.SenderCasesDialog_none);
            return null;
        }
        new SenderCasesDialog(shell, store, senders).open();
        return null;
    }
}
