package org.attune.ui.ratings;

import org.attune.ui.Widgets;
import org.attune.ui.Commands;
import org.attune.ui.ProjectViewPart;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.attune.model.codes.InProject;
import org.attune.model.Case;
import org.attune.model.MediaSource;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.ScaleItem;
import org.attune.model.ScaleLevel;
import org.attune.model.ScaleSubItem;
import org.attune.model.Score;
import org.attune.model.SheetStatus;
import org.attune.model.Source;
import org.attune.model.User;
import org.attune.ratings.Mark;
import org.attune.ratings.Moment;
import org.attune.ratings.RatingService;
import org.attune.ratings.Scales;
import org.attune.store.ProjectStore;
import org.attune.ui.WidgetIds;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.attune.ui.HintLink;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The rater's own sheet beside the player: pick scale, recording, practitioner and condition, then start (or
 * continue) "my sheet" (the rater is the project's current user). Each sub-item of the used items gets a choice of
 * the scale's levels (or N/A where allowed), a note and evidence moments taken from the player's in/out range. Every
 * change is one undoable action; a submitted sheet is shown read-only. Only the rater's own sheets are ever shown.
 */
public class RatingFormView extends ProjectViewPart {
    public static final String ID = "org.attune.ui.ratings.form";
    /** The commands of the sheet's buttons (handled by {@code RatingViewsHandler}). */
    public static final String CHANGE_RATER = "org.attune.ui.ratings.commands.form.changeRater";
    public static final String START = "org.attune.ui.ratings.commands.form.start";
    public static final String SUBMIT = "org.attune.ui.ratings.commands.form.submit";
    /** Add Evidence for the sub-item {@link #ADD_EVIDENCE_ITEM} (its number, e.g. "4.2"): the rows' buttons run it. */
    public static final String ADD_EVIDENCE = "org.attune.ui.ratings.commands.form.addEvidence";
    public static final String ADD_EVIDENCE_ITEM = "org.attune.ui.ratings.commands.form.addEvidence.item";
    static final String UNSCORED = "-";
    static final String NOT_APPLICABLE = "N/A";

    private Label rater;
    static final String SCALES = "scales";
    public static final String NO_PROJECT = Messages.RatingFormView_noProject;
    public static final String NO_SCALE = NLS.bind(Messages.RatingFormView_noScale, SCALES);
    public static final String NO_RECORDING = Messages.RatingFormView_noRecording;
    private HintLink hint;
    private Combo scale;
    private Combo recording;
    private Combo practitioner;
    private Combo condition;
    private Label status;
    private Button submit;
    private ScrolledComposite scroller;
    private Composite items;
    private List<RatingScale> scales = List.of();
    private List<MediaSource> recordings = List.of();
    private RatingSheet sheet;
    /** What the form's rows were built for; rebuilt when it changes. */
    private Object builtFor;

    @Override
    protected Control createContents(Composite parent) {
        Composite body = Widgets.grid(parent, 4);
        hint = new HintLink(body, getSite(), RatingIds.FORM_HINT).on(SCALES, this::showScales);
        new Label(body, SWT.NONE).setText(Messages.RatingFormView_rater);
        rater = WidgetIds.tag(new Label(body, SWT.NONE), RatingIds.FORM_RATER);
        rater.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Commands.button(body, getSite(), CHANGE_RATER, Messages.RatingFormView_changeRater, RatingIds.FORM_CHANGE_RATER);
        scale = combo(body, Messages.Scale, RatingIds.FORM_SCALE, SWT.READ_ONLY);
        recording = combo(body, Messages.Recording, RatingIds.FORM_RECORDING, SWT.READ_ONLY);
        recording.addListener(SWT.Selection, e -> showRecording());
        practitioner = combo(body, Messages.RatingFormView_practitioner, RatingIds.FORM_PRACTITIONER, SWT.DROP_DOWN);
        condition = combo(body, Messages.RatingFormView_condition, RatingIds.FORM_CONDITION, SWT.DROP_DOWN);
        Commands.button(body, getSite(), START, Messages.RatingFormView_start, RatingIds.FORM_START);
        status = WidgetIds.tag(new Label(body, SWT.NONE), RatingIds.FORM_STATUS);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        submit = Commands.button(body, getSite(), SUBMIT, Messages.RatingFormView_submit, RatingIds.FORM_SUBMIT);
        scroller = new ScrolledComposite(body, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        items = Widgets.grid(scroller, 1);
        scroller.setContent(items);
        return body;
    }

    private static Combo combo(Composite body, String label, String id, int style) {
        new Label(body, SWT.NONE).setText(label);
        Combo combo = WidgetIds.tag(new Combo(body, style), id);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        return combo;
    }

    @Override
    protected void projectChanged() {
        sheet = null;
        practitioner.setText("");
        condition.setText("");
    }

    public RatingSheet sheet() {
        return sheet;
    }

    @Override
    protected void refresh() {
        ProjectStore store = store();
        User me = me();
        rater.setText(me == null ? "-" : me.getName());
        if (sheet != null && (store == null || !InProject.holds(store.project(), sheet) || sheet.getCreatedBy() != me)) {
            sheet = null; // undone, another project, or another rater now: never show someone else's sheet
        }
        fill(scale, store == null ? List.of() : latestScales(store), s -> NLS.bind(Messages.ScaleVersion, s.getName(), s.getVersion()));
        scales = store == null ? List.of() : latestScales(store);
        recordings = store == null ? List.of() : store.project().getSources().stream().filter(MediaSource.class::isInstance)
                .map(MediaSource.class::cast).toList();
        fill(recording, recordings, Source::getName);
        hint.say(whatNext(store));
        fillText(practitioner, store == null ? List.of() : store.project().getCases().stream().map(Case::getName).toList());
        fillText(condition, store == null ? List.of() : store.project().getRatingSheets().stream().map(RatingSheet::getCondition)
                .filter(Objects::nonNull).distinct().toList());
        showSheet();
    }

    /** What to do before rating: open a project, add a scale, import a recording (null: nothing). */
    static String whatNext(ProjectStore store) {
        if (store == null) {
            return NO_PROJECT;
        }
        String next = (store.project().getRatingScales().isEmpty() ? NO_SCALE : "")
                + (store.project().getSources().stream().noneMatch(MediaSource.class::isInstance) ? NO_RECORDING : "");
        return next.isEmpty() ? null : next.strip();
    }

    private void showScales() {
        try {
            getSite().getPage().showView(ScaleEditorView.ID);
        } catch (org.eclipse.ui.PartInitException e) {
            MessageDialog.openError(getSite().getShell(), Messages.RatingFormView_scales, e.getMessage());
        }
    }

    private static List<RatingScale> latestScales(ProjectStore store) {
        Set<String> names = new LinkedHashSet<>();
        store.project().getRatingScales().forEach(s -> names.add(s.getName()));
        return names.stream().map(n -> Scales.latest(store.project(), n)).toList();
    }

    private static <T> void fill(Combo combo, List<T> values, java.util.function.Function<T, String> label) {
        String[] wanted = values.stream().map(label).toArray(String[]::new);
        if (!java.util.Arrays.equals(wanted, combo.getItems())) {
            String selected = combo.getText();
            combo.setItems(wanted);
            int at = java.util.Arrays.asList(wanted).indexOf(selected);
            combo.select(at >= 0 ? at : 0);
        }
    }

    private static void fillText(Combo combo, List<String> values) {
        String typed = combo.getText();
        if (!java.util.Arrays.equals(values.toArray(String[]::new), combo.getItems())) {
            combo.setItems(values.toArray(String[]::new));
            combo.setText(typed);
        }
    }

    public void changeRater() {
        ProjectStore store = store();
        if (store == null) {
            return;
        }
        InputDialog dialog = new InputDialog(getSite().getShell(), Messages.RatingFormView_changeRaterTitle,
                Messages.RatingFormView_changeRaterMessage, me() == null ? "" : me().getName(), v -> v.isBlank() ? Messages.RatingFormView_giveName : null);
        if (dialog.open() == Window.OK) {
            Refusals.attempt(getSite().getShell(), Messages.RatingFormView_changeRaterTitle, () -> store.setCurrentUser(dialog.getValue().strip()));
            sheet = null;
            refresh();
        }
    }

    private void showRecording() {
        int i = recording.getSelectionIndex();
        MediaPlayerView player = MediaPlayerView.show();
        if (player != null && i >= 0 && i < recordings.size()) {
            player.open(recordings.get(i));
        }
    }

    public void startOrContinue() {
        ProjectStore store = store();
        if (store == null || scale.getSelectionIndex() < 0 || recording.getSelectionIndex() < 0) {
            MessageDialog.openInformation(getSite().getShell(), Messages.RatingFormView_title, Messages.RatingFormView_nothingToRate);
            return;
        }
        RatingScale chosenScale = scales.get(scale.getSelectionIndex());
        MediaSource chosenRecording = recordings.get(recording.getSelectionIndex());
        User me = me();
        RatingSheet mine = store.project().getRatingSheets().stream().filter(s -> !s.isConsensus() && s.getCreatedBy() == me
                && s.getRecording() == chosenRecording && s.getScale() != null && s.getScale().getName().equals(chosenScale.getName()))
                .findFirst().orElse(null);
        if (mine == null) {
            RatingService ratings = new RatingService(store);
            Refusals.attempt(getSite().getShell(), Messages.RatingFormView_startSheet, () -> sheet = ratings.start(chosenRecording, chosenScale, me,
                    practitioner.getText().isBlank() ? null : ratings.practitioner(practitioner.getText().strip()), condition.getText()));
        } else {
            sheet = mine;
        }
        showRecording();
        refresh();
    }

    public void submit() {
        if (sheet == null || sheet.getStatus() == SheetStatus.SUBMITTED) {
            return;
        }
        RatingService ratings = new RatingService(store());
        RatingService.Progress progress = ratings.progress(sheet);
        String question = progress.complete() ? NLS.bind(Messages.RatingFormView_submitQuestion, sheet.getRecording().getName())
                : NLS.bind(Messages.RatingFormView_submitQuestionUnscored, new Object[] {sheet.getRecording().getName(),
                        progress.scorable() - progress.done(), progress.scorable()});
        if (MessageDialog.openConfirm(getSite().getShell(), Messages.RatingFormView_submitSheet, question)) {
            Refusals.attempt(getSite().getShell(), Messages.RatingFormView_submitSheet, () -> ratings.submit(sheet, me(), true));
        }
    }

    /** Rebuilds the rows when the sheet (or its scale) changed, else updates their values. */
    private void showSheet() {
        boolean editable = sheet != null && sheet.getStatus() != SheetStatus.SUBMITTED;
        submit.setEnabled(editable);
        if (sheet == null) {
            status.setText(Messages.RatingFormView_noSheet);
        } else {
            RatingService.Progress p = new RatingService(store()).progress(sheet);
            status.setText(NLS.bind(sheet.getStatus() == SheetStatus.SUBMITTED ? Messages.RatingFormView_submitted : Messages.RatingFormView_draft,
                    p.done(), p.scorable()));
        }
        Object key = sheet == null ? null : List.of(sheet, sheet.getScale());
        if (!Objects.equals(key, builtFor)) {
            for (Control c : items.getChildren()) {
                c.dispose();
            }
            if (sheet != null) {
                for (ScaleItem item : sheet.getScale().getItems()) {
                    if (!item.isNotUsed()) {
                        itemGroup(item);
                    }
                }
            }
            builtFor = key;
        }
        for (Control c : items.getChildren()) {
            for (Control row : ((Composite) c).getChildren()) {
                if (row.getData(ScaleSubItem.class.getName()) instanceof ScaleSubItem sub) {
                    showScore((Composite) row, sub, editable);
                }
            }
        }
        MediaPlayerView player = MediaPlayerView.find();
        if (player != null && sheet != null && player.media() == sheet.getRecording()) {
            player.setMarkers(sheet.getScores().stream().flatMap(s -> s.getEvidence().stream())
                    .map(t -> new Moment(t.getStartMs(), t.getEndMs())).toList());
        }
        items.layout(true, true);
        scroller.setMinSize(items.computeSize(scroller.getClientArea().width, SWT.DEFAULT));
    }

    private void itemGroup(ScaleItem item) {
        Group group = new Group(items, SWT.NONE);
        group.setText(item.getNumber() + " " + item.getTitle());
        group.setToolTipText(item.getKeyFeatures());
        group.setLayout(new GridLayout(1, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        for (ScaleSubItem sub : item.getSubItems()) {
            subItemRow(group, sub);
        }
    }

    private void subItemRow(Composite group, ScaleSubItem sub) {
        String key = Scales.key(sub);
        Composite row = new Composite(group, SWT.NONE);
        row.setData(ScaleSubItem.class.getName(), sub);
        row.setLayout(new GridLayout(4, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Label text = new Label(row, SWT.WRAP);
        text.setText(key + "  " + sub.getText());
        GridData textData = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
        textData.widthHint = 300;
        text.setLayoutData(textData);
        Combo choice = WidgetIds.tag(new Combo(row, SWT.READ_ONLY), RatingIds.FORM_CHOICE + key);
        choice.add(UNSCORED);
        for (ScaleLevel level : sub.eContainer().eContainer() instanceof RatingScale s ? s.getLevels() : List.<ScaleLevel>of()) {
            choice.add(level.getValue() + " " + level.getLabel());
        }
        if (Scales.allowsNotApplicable(sub)) {
            choice.add(NOT_APPLICABLE);
        }
        choice.addListener(SWT.Selection, e -> score(sub, markOf(choice.getText()), null, null));
        Text note = WidgetIds.tag(new Text(row, SWT.BORDER), RatingIds.FORM_NOTE + key);
        note.setMessage(Messages.RatingFormView_note);
        note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        RatingSheet rowSheet = sheet; // rows are built per sheet; a late focus-out must not write into the next one
        Runnable saveNote = () -> {
            if (sheet != rowSheet || note.isDisposed()) {
                return;
            }
            Score score = scoreOf(sub);
            String old = score == null || score.getNote() == null ? "" : score.getNote();
            if (!old.equals(note.getText())) {
                score(sub, Mark.of(score), note.getText(), null);
            }
        };
        note.addListener(SWT.DefaultSelection, e -> saveNote.run());
        note.addListener(SWT.FocusOut, e -> saveNote.run());
        Button add = Commands.button(row, getSite(), ADD_EVIDENCE, () -> Map.of(ADD_EVIDENCE_ITEM, key), Messages.RatingFormView_addEvidence,
                RatingIds.FORM_ADD_EVIDENCE + key);
        add.setToolTipText(Messages.RatingFormView_addEvidenceTip);
        Label evidence = WidgetIds.tag(new Label(row, SWT.NONE), RatingIds.FORM_EVIDENCE + key);
        evidence.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        row.setData(RatingIds.FORM_EVIDENCE, evidence);
    }

    private void showScore(Composite row, ScaleSubItem sub, boolean editable) {
        Score score = scoreOf(sub);
        Mark mark = Mark.of(score);
        for (Control c : row.getChildren()) {
            if (c instanceof Combo choice) {
                String wanted = switch (mark.state()) {
                    case VALUE -> java.util.Arrays.stream(choice.getItems()).filter(i -> i.startsWith(mark.value() + " ")).findFirst()
                            .orElse(UNSCORED);
                    case NOT_APPLICABLE -> NOT_APPLICABLE;
                    default -> UNSCORED;
                };
                choice.select(java.util.Arrays.asList(choice.getItems()).indexOf(wanted));
                choice.setEnabled(editable);
            } else if (c instanceof Text note) {
                String text = score == null || score.getNote() == null ? "" : score.getNote();
                if (!note.isFocusControl() && !note.getText().equals(text)) {
                    note.setText(text);
                }
                note.setEditable(editable);
            } else if (c instanceof Button add) {
                add.setEnabled(editable);
            } else if (c instanceof Label l && c == row.getData(RatingIds.FORM_EVIDENCE)) {
                l.setText(score == null ? "" : score.getEvidence().stream()
                        .map(t -> TimeCodes.format(t.getStartMs()) + "-" + TimeCodes.format(t.getEndMs())).collect(Collectors.joining(", ")));
            }
        }
    }

    private Score scoreOf(ScaleSubItem sub) {
        return sheet == null ? null : sheet.getScores().stream().filter(s -> s.getSubItem() == sub).findFirst().orElse(null);
    }

    private static Mark markOf(String choice) {
        if (choice.equals(NOT_APPLICABLE)) {
            return Mark.NOT_APPLICABLE;
        }
        if (choice.equals(UNSCORED) || choice.isEmpty()) {
            return Mark.CLEAR;
        }
        return Mark.value(Integer.parseInt(choice.substring(0, choice.indexOf(' '))));
    }

    private void score(ScaleSubItem sub, Mark mark, String note, List<Moment> evidence) {
        if (sheet != null) {
            Refusals.attempt(getSite().getShell(), NLS.bind(Messages.RatingFormView_score, Scales.key(sub)), () -> new RatingService(store()).score(sheet, sub, mark, note, evidence, me()));
        }
    }

    /**
     * Adds the range marked in the player as evidence for the sub-item numbered {@code key} (e.g. "4.2") of the sheet
     * shown; says so when no range is marked. Nothing without a sheet or such a sub-item.
     */
    void addEvidence(String key) {
        if (sheet == null || sheet.getScale() == null) {
            return;
        }
        sheet.getScale().getItems().stream().flatMap(i -> i.getSubItems().stream()).filter(s -> Scales.key(s).equals(key)).findFirst()
                .ifPresent(this::addEvidence);
    }

    private void addEvidence(ScaleSubItem sub) {
        MediaPlayerView player = MediaPlayerView.find();
        Moment moment = player == null ? null : player.range();
        if (moment == null) {
            MessageDialog.openInformation(getSite().getShell(), Messages.RatingFormView_addEvidence,
                    Messages.RatingFormView_markFirst);
            return;
        }
        Score score = scoreOf(sub);
        List<Moment> evidence = new ArrayList<>();
        if (score != null) {
            score.getEvidence().forEach(t -> evidence.add(new Moment(t.getStartMs(), t.getEndMs())));
        }
        evidence.add(moment);
        score(sub, Mark.of(score), null, evidence);
    }
}
