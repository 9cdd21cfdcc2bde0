package org.attune.ui.imports;

import java.util.List;

import org.attune.importer.mail.Senders;
import org.attune.store.ProjectStore;
import org.attune.ui.Messages;
import org.attune.ui.handlers.ProjectHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** File > E-mail Senders Without a Case...: asks the case of each sender whose e-mails are in no case. */
public class SenderCasesHandler extends ProjectHandler {
    public SenderCasesHandler() {
        super(Messages.SenderCasesDialog_title);
    }

    @Override
    protected void run(Shell shell, ProjectStore store) {
        List<Senders.Unmatched> senders = Senders.unmatched(store.project());
        if (senders.isEmpty()) {
            MessageDialog.openInformation(shell, title, Messages.SenderCasesDialog_none);
            return;
        }
        new SenderCasesDialog(shell, store, senders).open();
    }
}
