package org.attune.ui.dialogs;

import java.util.List;
import java.util.Objects;

import org.attune.coding.Cases;
import org.attune.model.Case;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Links every turn of one speaker in a transcript to a case (participant, made if new), or unlinks it. */
public class LinkSpeakerDialog extends TitledDialog {
    public static final String TITLE = Messages.LinkSpeakerDialog_title;
    private final ProjectStore store;
    private final List<TextSource> sources;
    private Combo source;
    private Combo speaker;
    private Combo caseChoice;
    private Label result;

    public LinkSpeakerDialog(Shell parent, ProjectStore store) {
        super(parent, TITLE, false);
        this.store = store;
        this.sources = store.project().getSources().stream().filter(TextSource.class::isInstance).map(TextSource.class::cast).toList();
    }

    @Override
    protected void createArea(Composite area) {
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText(Messages.LinkSpeakerDialog_transcript);
        source = WidgetIds.tag(new Combo(area, SWT.READ_ONLY), WidgetIds.LINK_SOURCE);
        sources.forEach(s -> source.add(s.getName()));
        source.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE).setText(Messages.LinkSpeakerDialog_speaker);
        speaker = WidgetIds.tag(new Combo(area, SWT.READ_ONLY), WidgetIds.LINK_SPEAKER);
        speaker.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE).setText(Messages.LinkSpeakerDialog_case);
        caseChoice = WidgetIds.tag(new Combo(area, SWT.DROP_DOWN), WidgetIds.LINK_CASE);
        caseChoice.setToolTipText(Messages.LinkSpeakerDialog_caseTip);
        caseChoice.add(Messages.LinkSpeakerDialog_noCase);
        store.project().getCases().forEach(c -> caseChoice.add(c.getName()));
        caseChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        result = new Label(area, SWT.WRAP);
        result.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        source.addListener(SWT.Selection, e -> fillSpeakers());
        if (!sources.isEmpty()) {
            source.select(0);
            fillSpeakers();
        }
        caseChoice.select(0);
    }

    private void fillSpeakers() {
        speaker.removeAll();
        TextSource chosen = sources.get(source.getSelectionIndex());
        store.load(chosen);
        chosen.getTurns().stream().map(SpeakerTurn::getSpeaker).filter(Objects::nonNull).distinct().forEach(speaker::add);
        if (speaker.getItemCount() > 0) {
            speaker.select(0);
        }
    }

    @Override
    protected void okPressed() {
        if (source.getSelectionIndex() < 0 || speaker.getSelectionIndex() < 0) {
            result.setText(Messages.LinkSpeakerDialog_choose);
            return;
        }
        String name = caseChoice.getText().strip();
        Cases cases = new Cases(store);
        Case target = name.isEmpty() || name.equals(caseChoice.getItem(0)) ? null
                : cases.find(name).orElseGet(() -> cases.create(name, null));
        cases.linkSpeaker(sources.get(source.getSelectionIndex()), speaker.getText(), target);
        super.okPressed();
    }
}
