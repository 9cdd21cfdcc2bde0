package org.attune.ui.imports;

import org.attune.ui.Widgets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.attune.importer.mail.Senders;
import org.attune.model.Case;
import org.attune.store.ProjectStore;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.attune.ui.dialogs.TitledDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks which case wrote the e-mails whose sender the import could not match to one case: one row per sender with
 * its messages and a case to choose (the likely ones first) or type (a new one is created); left empty, the
 * messages stay out of any case. OK puts each sender's messages in the case chosen ({@link Senders#assign}).
 */
public class SenderCasesDialog extends TitledDialog {
    private final ProjectStore store;
    private final List<Senders.Unmatched> senders;
    private final List<Combo> choices = new ArrayList<>();

    public SenderCasesDialog(Shell parent, ProjectStore store, List<Senders.Unmatched> senders) {
        super(parent, Messages.SenderCasesDialog_title, true);
        this.store = store;
        this.senders = senders;
    }

    @Override
    protected void createArea(Composite area) {
        Widgets.wrapping(area, Messages.SenderCasesDialog_intro, 620);
        Composite rows = new Composite(area, SWT.NONE);
        rows.setLayout(new GridLayout(3, false));
        rows.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (int i = 0; i < senders.size(); i++) {
            Senders.Unmatched sender = senders.get(i);
            Label who = new Label(rows, SWT.NONE);
            who.setText(NLS.bind(sender.messages().size() == 1 ? Messages.SenderCasesDialog_senderOne : Messages.SenderCasesDialog_sender,
                    sender.label(), sender.messages().size()));
            Combo choice = WidgetIds.tag(new Combo(rows, SWT.DROP_DOWN), WidgetIds.SENDER_CASE + i);
            choice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Set<String> names = new LinkedHashSet<>();
            sender.candidates().forEach(c -> names.add(c.getName()));
            store.project().getCases().stream().map(Case::getName).forEach(names::add);
            choice.setItems(names.toArray(String[]::new));
            Label likely = new Label(rows, SWT.NONE);
            likely.setText(sender.candidates().isEmpty() ? Messages.SenderCasesDialog_noCandidate
                    : NLS.bind(Messages.SenderCasesDialog_candidates, String.join(", ", sender.candidates().stream().map(Case::getName).toList())));
            likely.setForeground(likely.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
            choices.add(choice);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        actionButtons(parent, Messages.SenderCasesDialog_assign, Messages.SenderCasesDialog_later, true);
    }

    @Override
    protected void okPressed() {
        for (int i = 0; i < senders.size(); i++) {
            String name = choices.get(i).getText();
            if (!name.isBlank()) {
                Senders.assign(store, senders.get(i), name);
            }
        }
        super.okPressed();
    }
}
