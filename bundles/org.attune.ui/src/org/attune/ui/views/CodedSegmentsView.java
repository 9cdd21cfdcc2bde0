package org.attune.ui.views;

import org.attune.ui.Widgets;
import org.attune.ui.ProjectViewPart;
import org.eclipse.swt.widgets.Control;
import java.util.List;

import org.attune.model.codes.InProject;
import org.attune.coding.CodedSegments;
import org.attune.coding.CoderFilter;
import org.attune.model.Code;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.attune.ui.ColumnWidths;
import org.attune.ui.TableFit;
import org.attune.ui.Messages;
import org.attune.ui.PartContextMenu;
import org.attune.ui.ShownCodings;
import org.attune.ui.WidgetIds;
import org.attune.ui.editors.SourceEditor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;

/**
 * Every segment coded with the codes selected in the Codebook (sub-codes included), with source, speaker,
 * case, coder and the words around it; filtered by a case attribute ({@code role=carer}) and by coder.
 * A coded region of a picture shows its thumbnail (a crop of the picture, made in the background and kept).
 * Double-click opens the transcript at the segment, or plays a recording's coded time range in the Media Player.
 */
public class CodedSegmentsView extends ProjectViewPart {
    public static final String ID = "org.attune.ui.views.codedSegments";

    private Table table;
    private Text where;
    private Combo coder;
    /** Whose codings each entry of {@link #coder} shows (the workbench's one choice, {@link ShownCodings}). */
    private final java.util.List<CoderFilter> coderChoices = new java.util.ArrayList<>();
    private Label status;
    private List<Code> codes = List.of();
    private List<CodedSegments.Segment> shown = List.of();
    private TableSelection selection;
    private TableFit fit;
    private final ISelectionListener selectionListener = this::selectionChanged;
    /** The thumbnails of coded regions made so far, by coding; disposed with the view or another project. */
    private final java.util.Map<org.attune.model.Coding, org.eclipse.swt.graphics.Image> thumbnails = new java.util.HashMap<>();
    /** The column a segment's text (and a region's thumbnail) is in. */
    private static final int SEGMENT_COLUMN = 6;

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(5, false));
        new Label(body, SWT.NONE).setText(Messages.CodedSegmentsView_where);
        where = WidgetIds.tag(new Text(body, SWT.BORDER | SWT.SEARCH), WidgetIds.SEGMENTS_WHERE);
        where.setMessage(Messages.CodedSegmentsView_whereHint);
        where.setLayoutData(new GridData(140, SWT.DEFAULT));
        where.addListener(SWT.Modify, e -> refresh());
        new Label(body, SWT.NONE).setText(Messages.CodedSegmentsView_coder);
        coder = WidgetIds.tag(new Combo(body, SWT.DROP_DOWN | SWT.READ_ONLY), WidgetIds.SEGMENTS_CODER);
        coder.setLayoutData(new GridData(120, SWT.DEFAULT));
        coder.addListener(SWT.Selection, e -> {
            int index = coder.getSelectionIndex();
            if (index >= 0 && index < coderChoices.size()) {
                ShownCodings.set(coderChoices.get(index)); // the transcript, the Codebook and the matrices follow
            }
            refresh();
        });
        fillCoders();
        new Label(body, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false)); // the filters' row ends
        // the status has a row of its own: beside the filters it was cut off at 1280x800 ("Select codes in th")
        status = Widgets.statusRow(body, WidgetIds.SEGMENTS_STATUS, 5);
        table = Widgets.resultsTable(body, SWT.MULTI, WidgetIds.SEGMENTS_TABLE, 5);
        String[] titles = {Messages.Column_code, Messages.Column_source, Messages.Column_speaker, Messages.Column_case, Messages.Column_coder,
                Messages.Column_before, Messages.Column_segment, Messages.Column_after};
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(table, i == 5 ? SWT.RIGHT : SWT.LEFT);
            column.setText(titles[i]);
            column.setWidth(ColumnWidths.fitting(table, titles[i]));
        }
        // the segment's text takes half the room the code, source, speaker, case and coder leave; its context a quarter each
        fit = TableFit.install(table, 5, 6, 6, 7);
        table.addListener(SWT.DefaultSelection, e -> openSelected());
        selection = new TableSelection(table);
        getSite().setSelectionProvider(selection);
        // Split Off Into New Code..., Open: commands in plugin.xml (SegmentsHandler)
        PartContextMenu.register(getSite(), table, selection);
        getSite().getPage().addSelectionListener(selectionListener);
        getSite().getPage().addSelectionListener(CodebookView.ID, selectionListener); // also while the Codebook is not active
        if (getSite().getPage().getSelection(CodebookView.ID) != null) {
            selectionChanged(null, getSite().getPage().getSelection(CodebookView.ID));
        }
        return table;
    }

    /** The codes shown belonged to the project before. */
    @Override
    protected void projectChanged() {
        codes = List.of();
        thumbnails.values().forEach(org.eclipse.swt.graphics.Image::dispose);
        thumbnails.clear();
    }

    private void selectionChanged(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
        if (selection instanceof IStructuredSelection s) {
            List<Code> picked = s.toList().stream().filter(Code.class::isInstance).map(Code.class::cast).toList();
            if (!picked.isEmpty()) {
                show(picked);
            }
        }
    }

    /** Shows the segments of {@code codes}. */
    public void show(List<Code> chosen) {
        codes = chosen;
        refresh();
    }

    public void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        table.removeAll();
        selection.changed();
        fillCoders();
        ProjectStore store = session().current().orElse(null);
        List<Code> alive = store == null ? List.of() : codes.stream().filter(c -> InProject.holds(store.project(), c)).toList();
        if (store == null || alive.isEmpty()) {
            shown = List.of();
            status.setText(Messages.CodedSegmentsView_selectCodes);
            fit.fit();
            return;
        }
        String[] condition = where.getText().split("=", 2);
        CodedSegments.Filter filter = new CodedSegments.Filter(condition.length == 2 ? condition[0].strip() : null,
                condition.length == 2 ? condition[1].strip() : null, null);
        shown = CodedSegments.of(store, alive, true, filter, ShownCodings.lens(store)); // the chosen coders' that the coder may see
        for (CodedSegments.Segment s : shown) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {s.coding().getCode().getName(), s.source().getName(), nullToEmpty(s.speaker()),
                    s.caseOf() == null ? "" : s.caseOf().getName(), nullToEmpty(s.coder()), s.before(), s.text().replace('\n', ' '),
                    s.after()});
            item.setData(s);
            if (s.source() instanceof org.attune.model.ImageSource picture
                    && s.coding().getSelection() instanceof org.attune.model.RegionSelection region) {
                thumbnail(item, store, picture, s.coding(), region);
            }
        }
        status.setText(NLS.bind(Messages.plural(shown.size(), Messages.CodedSegmentsView_segments_one, Messages.CodedSegmentsView_segments_other),
                shown.size(), String.join(", ", alive.stream().map(Code::getName).toList())));
        status.getParent().layout();
        fit.fit();
    }

    /** Shows a region's thumbnail in its row: the one made before, or one made now in the background. */
    private void thumbnail(TableItem item, ProjectStore store, org.attune.model.ImageSource picture, org.attune.model.Coding coding,
            org.attune.model.RegionSelection region) {
        org.eclipse.swt.graphics.Image made = thumbnails.get(coding);
        if (made != null) {
            item.setImage(SEGMENT_COLUMN, made);
            return;
        }
        org.eclipse.swt.widgets.Display display = table.getDisplay();
        org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create("Thumbnail of " + picture.getName(), monitor -> { //$NON-NLS-1$
            byte[] png;
            try {
                png = org.attune.coding.RegionCrops.thumbnail(store, picture, region, org.attune.coding.RegionCrops.THUMBNAIL);
            } catch (java.io.IOException unreadable) {
                display.asyncExec(() -> {
                    if (!status.isDisposed()) {
                        status.setText(NLS.bind(Messages.CodedSegmentsView_unreadable, unreadable.getMessage()));
                    }
                });
                return;
            }
            display.asyncExec(() -> {
                if (table.isDisposed() || session().current().orElse(null) != store) {
                    return;
                }
                org.eclipse.swt.graphics.Image image = thumbnails.computeIfAbsent(coding,
                        c -> new org.eclipse.swt.graphics.Image(display, new org.eclipse.swt.graphics.ImageData(new java.io.ByteArrayInputStream(png))));
                for (TableItem row : table.getItems()) {
                    if (row.getData() instanceof CodedSegments.Segment shownSegment && shownSegment.coding() == coding) {
                        row.setImage(SEGMENT_COLUMN, image);
                    }
                }
            });
        });
        job.setSystem(true);
        job.schedule();
    }

    /** The thumbnail shown in a row (null: none, or not made yet). */
    public org.eclipse.swt.graphics.Image thumbnailOf(int row) {
        return table.getItem(row).getImage(SEGMENT_COLUMN);
    }

    /** All, Mine, each coder of the project, Consensus; showing the workbench's choice. */
    private void fillCoders() {
        java.util.List<CoderFilter> choices = ShownCodings.choices();
        if (!choices.equals(coderChoices) || coder.getItemCount() != choices.size()) {
            coderChoices.clear();
            coderChoices.addAll(choices);
            coder.setItems(choices.stream().map(ShownCodings::label).toArray(String[]::new));
        }
        int index = coderChoices.indexOf(ShownCodings.filter());
        if (coder.getSelectionIndex() != Math.max(index, 0)) {
            coder.select(Math.max(index, 0));
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Opens the transcript of the selected segment there, plays the selected time segment of a recording, or shows a picture's region. */
    public void openSelected() {
        int index = table.getSelectionIndex();
        ProjectStore store = session().current().orElse(null);
        if (index >= 0 && store != null && shown.get(index).source() instanceof org.attune.model.MediaSource recording
                && shown.get(index).coding().getSelection() instanceof org.attune.model.TimeSelection time) {
            try {
                if (getSite().getPage().showView(RecordingPlayer.VIEW_ID) instanceof RecordingPlayer player) {
                    player.playSegment(recording, time.getStartMs(), time.getEndMs());
                }
            } catch (PartInitException e) {
                status.setText(NLS.bind(Messages.CannotOpen, recording.getName(), e.getMessage()));
            }
            return;
        }
        if (index >= 0 && store != null && shown.get(index).source() instanceof org.attune.model.ImageSource picture) {
            try { // the picture with its coded region selected
                org.attune.ui.editors.PictureEditor.open(getSite().getPage(), store, picture).select(shown.get(index).coding());
            } catch (PartInitException e) {
                status.setText(NLS.bind(Messages.CannotOpen, picture.getName(), e.getMessage()));
            }
            return;
        }
        if (index < 0 || store == null || !(shown.get(index).source() instanceof TextSource source)) {
            return;
        }
        try {
            SourceEditor editor = SourceEditor.open(getSite().getPage(), store, source, shown.get(index).start(),
                    shown.get(index).end());
            editor.select(shown.get(index).coding());
        } catch (PartInitException e) {
            status.setText(NLS.bind(Messages.CannotOpen, source.getName(), e.getMessage()));
        }
    }

    /** The segments listed, in the table's order (what Export writes). */
    public List<CodedSegments.Segment> shownSegments() {
        return shown;
    }

    /** The selected segments, in the table's order. */
    public List<CodedSegments.Segment> selectedSegments() {
        return java.util.Arrays.stream(table.getSelectionIndices()).mapToObj(shown::get).toList();
    }

    /** Moves the chosen segments' codings to a new sibling code (a split; both codes' histories record it). */
    public void splitOff(List<CodedSegments.Segment> chosen) {
        ProjectStore store = session().current().orElse(null);
        if (store == null || chosen.isEmpty()) {
            return;
        }
        Code code = chosen.get(0).coding().getCode();
        org.eclipse.jface.dialogs.InputDialog ask = new org.eclipse.jface.dialogs.InputDialog(table.getShell(), Messages.CodedSegmentsView_splitTitle,
                NLS.bind(Messages.plural(chosen.size(), Messages.CodedSegmentsView_split_one, Messages.CodedSegmentsView_split_other), chosen.size(), code.getName()), "",
                n -> n.isBlank() ? Messages.CodeNeedsName : null);
        if (ask.open() == org.eclipse.jface.window.Window.OK) {
            try {
                new org.attune.coding.Codebook(store).split(code, ask.getValue(),
                        chosen.stream().map(CodedSegments.Segment::coding).toList());
            } catch (IllegalArgumentException e) {
                status.setText(e.getMessage());
            }
        }
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        thumbnails.values().forEach(org.eclipse.swt.graphics.Image::dispose);
        thumbnails.clear();
        getSite().getPage().removeSelectionListener(selectionListener);
        getSite().getPage().removeSelectionListener(CodebookView.ID, selectionListener);
        super.dispose();
    }
}
