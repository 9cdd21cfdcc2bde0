package org.attune.ui.ratings;

import org.attune.ui.Commands;
import org.attune.ui.ProjectViewPart;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.attune.model.RatingSheet;
import org.attune.model.ScaleLevel;
import org.attune.model.SheetStatus;
import org.attune.model.Source;
import org.attune.model.User;
import org.attune.ratings.BlindRule;
import org.attune.ratings.Consensus;
import org.attune.ratings.Consensus.Comparison;
import org.attune.ratings.Mark;
import org.attune.ratings.Moment;
import org.attune.ratings.RatingService;
import org.attune.ratings.RatingService.ScoreView;
import org.attune.ratings.Scales;
import org.attune.store.ProjectStore;
import org.attune.ui.WidgetIds;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * Two raters' submitted sheets of a recording side by side, per sub-item, with the disagreements highlighted. The
 * selected row's evidence moments of each rater are listed; a double-click plays from there. For each disagreement
 * a decision is chosen in its Decision cell (the scale's levels, and N/A where the sub-item allows it), and "Make
 * Consensus Sheet" records the agreed sheet with the decision note. Sheets stay
 * hidden while the blind rule says so: the view then shows how many sheets are still awaited, no scores.
 */
public class ComparisonView extends ProjectViewPart {
    public static final String ID = "org.attune.ui.ratings.comparison";
    /** The command of the Make Consensus button (handled by {@code RatingViewsHandler}). */
    public static final String MAKE = "org.attune.ui.ratings.commands.compare.make";
    public static final RGB DISAGREE_RGB = new RGB(255, 205, 205);
    static final Color DISAGREE = new Color(DISAGREE_RGB);

    /** A recording rated on a scale: what can be compared. */
    record Pair(Source recording, String scale) {
        String label() {
            return recording.getName() + " - " + scale;
        }
    }

    private Combo pairs;
    private Label status;
    private TableViewer viewer;
    private TableColumnLayout widths;
    private Table table;
    private org.eclipse.swt.widgets.List moments;
    private Text note;
    private Button make;
    private List<Pair> known = List.of();
    private RatingSheet a;
    private RatingSheet b;
    private List<Comparison> rows = List.of();
    /** The decisions chosen for the sheets compared ({@link #decidedFor}), by sub-item key. */
    private final Map<String, String> decisions = new LinkedHashMap<>();
    private List<RatingSheet> decidedFor = List.of();
    private boolean open;
    private final List<Moment> shownMoments = new ArrayList<>();

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false)); // the note and its button share a row: the table keeps the height
        new Label(body, SWT.NONE).setText(Messages.Recording);
        pairs = WidgetIds.tag(new Combo(body, SWT.READ_ONLY), RatingIds.COMPARE_RECORDING);
        pairs.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        pairs.addListener(SWT.Selection, e -> refresh());
        status = WidgetIds.tag(new Label(body, SWT.WRAP), RatingIds.COMPARE_STATUS);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        Composite holder = new Composite(body, SWT.NONE);
        holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        widths = new TableColumnLayout();
        holder.setLayout(widths);
        viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table = WidgetIds.tag(viewer.getTable(), RatingIds.COMPARE_TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        // a sub-item's key (item.sub-item) is short: the column shows its header in full, in any language
        column(widths, Messages.ComparisonView_subItem, new ColumnPixelData(org.attune.ui.ColumnWidths.fitting(table, Messages.ComparisonView_subItem, "00.00")),
                Comparison::key);
        column(widths, Messages.ComparisonView_text, new ColumnWeightData(100, 160), Comparison::text);
        column(widths, "A", new ColumnPixelData(90), r -> r.a().toString());
        column(widths, "B", new ColumnPixelData(90), r -> r.b().toString());
        column(widths, Messages.Difference, new ColumnPixelData(85), r -> r.difference() == null ? (r.disagree() ? "?" : "") : r.difference().toString());
        column(widths, Messages.ComparisonView_decision, new ColumnPixelData(110), r -> decisions.getOrDefault(r.key(), r.disagree() && open ? Messages.ComparisonView_choose : ""))
                .setEditingSupport(new DecisionEditing(viewer, decisions, this::choices, () -> open));
        table.addListener(SWT.Selection, e -> showMoments());
        new Label(body, SWT.NONE).setText(Messages.ComparisonView_evidence);
        moments = WidgetIds.tag(new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.V_SCROLL), RatingIds.COMPARE_MOMENTS);
        GridData momentsData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        momentsData.heightHint = 40;
        moments.setLayoutData(momentsData);
        moments.setToolTipText(Messages.ComparisonView_momentsTip);
        moments.addListener(SWT.DefaultSelection, e -> playMoment());
        new Label(body, SWT.NONE).setText(Messages.ComparisonView_note);
        note = WidgetIds.tag(new Text(body, SWT.BORDER), RatingIds.COMPARE_NOTE);
        note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        make = Commands.button(body, getSite(), MAKE, Messages.ComparisonView_make, RatingIds.COMPARE_MAKE);
        return body;
    }

    private TableViewerColumn column(TableColumnLayout widths, String title, ColumnLayoutData width, Function<Comparison, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        widths.setColumnData(column.getColumn(), width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Comparison) element);
            }

            @Override
            public Color getBackground(Object element) {
                return ((Comparison) element).disagree() ? DISAGREE : null;
            }

            @Override
            public String getToolTipText(Object element) {
                String shown = getText(element);
                return shown == null || shown.isEmpty() ? null : shown;
            }
        });
        return column;
    }

    /** The marks a disagreement can be decided as: the scale's levels, and N/A where the sub-item allows it. */
    private List<String> choices(Comparison row) {
        List<String> marks = new ArrayList<>();
        for (ScaleLevel level : a.getScale().getLevels()) {
            marks.add(Integer.toString(level.getValue()));
        }
        int dot = row.key().indexOf('.');
        if (Scales.allowsNotApplicable(Scales.subItem(a.getScale(), row.key().substring(0, dot), row.key().substring(dot + 1)))) {
            marks.add(Mark.NOT_APPLICABLE.toString());
        }
        return marks;
    }

    @Override
    protected void projectChanged() {
        note.setText("");
    }

    @Override
    protected void refresh() {
        ProjectStore store = store();
        List<Pair> now = new ArrayList<>();
        if (store != null) {
            for (RatingSheet s : store.project().getRatingSheets()) {
                Pair p = new Pair(s.getRecording(), s.getScale().getName());
                if (!s.isConsensus() && !now.contains(p)) {
                    now.add(p);
                }
            }
        }
        if (!now.equals(known)) {
            String selected = pairs.getText();
            known = now;
            pairs.setItems(now.stream().map(Pair::label).toArray(String[]::new));
            int at = pairs.indexOf(selected);
            pairs.select(at >= 0 ? at : 0);
        }
        int index = pairs.getSelectionIndex();
        show(store, index >= 0 && index < known.size() ? known.get(index) : null);
    }

    private void show(ProjectStore store, Pair pair) {
        a = null;
        b = null;
        rows = List.of();
        String message;
        if (pair == null) {
            message = Messages.ComparisonView_noSheets;
        } else {
            User me = me();
            List<RatingSheet> sheets = store.project().getRatingSheets().stream().filter(s -> !s.isConsensus()
                    && s.getRecording() == pair.recording() && pair.scale().equals(s.getScale().getName()))
                    .sorted(Comparator.comparing(RatingSheet::getCreatedAt, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
            long submitted = sheets.stream().filter(s -> s.getStatus() == SheetStatus.SUBMITTED).count();
            if (sheets.size() < 2 || !sheets.stream().allMatch(s -> BlindRule.canView(s, me))
                    || sheets.stream().anyMatch(s -> s.getStatus() != SheetStatus.SUBMITTED)) {
                message = NLS.bind(Messages.ComparisonView_blind, submitted, Math.max(2, sheets.size()));
            } else if (sheets.get(0).getScale() != sheets.get(1).getScale()) {
                message = Messages.ComparisonView_versions;
            } else {
                a = sheets.get(0);
                b = sheets.get(1);
                rows = new Consensus(store).compare(a, b, me);
                long disagreements = rows.stream().filter(Comparison::disagree).count();
                RatingSheet made = consensusOf(store, a, b);
                message = NLS.bind(Messages.ComparisonView_status, new Object[] {a.getCreatedBy().getName(), b.getCreatedBy().getName(),
                        org.attune.ui.Messages.count(disagreements, Messages.ComparisonView_disagreements_one, Messages.ComparisonView_disagreements_other),
                        org.attune.ui.Messages.count(rows.size(), Messages.ComparisonView_subItems_one, Messages.ComparisonView_subItems_other)})
                        + (made == null ? "" : NLS.bind(Messages.ComparisonView_made, made.getCreatedBy().getName())
                                + (made.getDecisionNote() == null ? "" : " (" + made.getDecisionNote() + ")"));
            }
        }
        status.setText(message);
        fillTable(store);
        status.getParent().layout(true);
    }

    private static RatingSheet consensusOf(ProjectStore store, RatingSheet a, RatingSheet b) {
        return store.project().getRatingSheets().stream().filter(s -> s.isConsensus() && s.getBasedOn().contains(a)
                && s.getBasedOn().contains(b)).findFirst().orElse(null);
    }

    /** A rater's column, as wide as its header ("A: Nora Hale" was cut in 90 px at 1280x800). */
    private void rater(int index, String header) {
        org.eclipse.swt.widgets.TableColumn column = table.getColumn(index);
        if (!header.equals(column.getText())) {
            column.setText(header);
            widths.setColumnData(column, new ColumnPixelData(Math.max(90, org.attune.ui.ColumnWidths.fitting(table, header))));
            table.getParent().layout(true);
        }
    }

    private void fillTable(ProjectStore store) {
        if (!decidedFor.equals(a == null ? List.of() : List.of(a, b))) {
            decisions.clear();
            decidedFor = a == null ? List.of() : List.of(a, b);
        }
        rater(2, a == null ? "A" : "A: " + a.getCreatedBy().getName());
        rater(3, b == null ? "B" : "B: " + b.getCreatedBy().getName());
        RatingSheet made = a == null ? null : consensusOf(store, a, b);
        open = a != null && made == null;
        viewer.setInput(rows);
        make.setEnabled(open);
        note.setEnabled(open);
        moments.removeAll();
        shownMoments.clear();
    }

    private void showMoments() {
        moments.removeAll();
        shownMoments.clear();
        int index = table.getSelectionIndex();
        if (index < 0 || a == null) {
            return;
        }
        String key = rows.get(index).key();
        RatingService ratings = new RatingService(store());
        for (RatingSheet sheet : List.of(a, b)) {
            ScoreView score = ratings.view(sheet, me()).scores().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
            for (Moment m : score.evidence()) {
                moments.add((sheet == a ? "A " : "B ") + sheet.getCreatedBy().getName() + ": " + TimeCodes.format(m.startMs()) + " - "
                        + TimeCodes.format(m.endMs()) + (score.note() == null ? "" : "  (" + score.note() + ")"));
                shownMoments.add(m);
            }
        }
    }

    /** Plays a rater's evidence moment: the player marks it and seeks to its start. */
    private void playMoment() {
        int index = moments.getSelectionIndex();
        MediaPlayerView player = MediaPlayerView.show();
        if (index < 0 || player == null || a == null) {
            return;
        }
        Moment m = shownMoments.get(index);
        if (player.media() != a.getRecording() && a.getRecording() instanceof org.attune.model.MediaSource media) {
            player.open(media);
        }
        player.setIn(m.startMs());
        player.setOut(m.endMs());
        player.seek(m.startMs());
    }

    public void makeConsensus() {
        if (a == null) {
            return;
        }
        Map<String, Mark> decided = new LinkedHashMap<>();
        for (Comparison row : rows) {
            String choice = decisions.get(row.key());
            if (row.disagree() && choice != null) {
                decided.put(row.key(), choice.equals(Mark.NOT_APPLICABLE.toString()) ? Mark.NOT_APPLICABLE
                        : Mark.value(Integer.parseInt(choice)));
            }
        }
        RatingSheet ra = a;
        RatingSheet rb = b;
        Refusals.attempt(getSite().getShell(), Messages.ComparisonView_make, () -> new Consensus(store()).make(ra, rb, decided, decisionNote(decided), me()));
    }

    /** The note typed, then one line per disagreement: "4.2: NM 4, ST 2, agreed 3". */
    private String decisionNote(Map<String, Mark> decided) {
        StringBuilder text = new StringBuilder(note.getText().strip());
        for (Comparison row : rows) {
            if (row.disagree() && decided.containsKey(row.key())) {
                text.append(text.isEmpty() ? "" : "\n").append(row.key()).append(": ").append(a.getCreatedBy().getName()).append(' ')
                        .append(row.a()).append(", ").append(b.getCreatedBy().getName()).append(' ').append(row.b())
                        .append(", agreed ").append(decided.get(row.key()));
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }
}
