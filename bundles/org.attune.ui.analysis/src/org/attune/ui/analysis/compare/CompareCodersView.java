package org.attune.ui.analysis.compare;

import org.attune.ui.Widgets;
import org.attune.ui.Commands;
import org.eclipse.osgi.util.NLS;
import org.attune.ui.analysis.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.attune.coding.Texts;
import org.attune.coding.consensus.Consensus;
import org.attune.coding.consensus.Disagreement;
import org.attune.coding.consensus.Disagreements;
import org.attune.coding.consensus.Settlement;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.MediaSource;
import org.attune.model.Source;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.model.User;
import org.attune.ui.WidgetIds;
import org.attune.ui.ProjectViewPart;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.attune.ui.TableFit;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.attune.ui.ratings.TimeCodes;

/**
 * Compare Coders: two coders' codings of a transcript side by side (A's stripes left, B's right), the list of their
 * disagreements filtered by source and code, and the settling of each (Accept A, Accept B, Both, Neither, Adjust
 * boundaries to the words selected in the transcript or, for a recording, to the start and end typed, Reopen) into
 * consensus codings, with "n of m settled". Every
 * decision is one undoable action of {@link Consensus}; the view redraws after every action, undo included.
 */
public class CompareCodersView extends ProjectViewPart {
    public static final String ID = "org.attune.ui.analysis.compareCoders";
    static final String ALL_SOURCES = Messages.CompareCodersView_allSources;
    static final String ALL_CODES = Messages.CompareCodersView_allCodes;

    private Composite body;
    private Combo coderA;
    private Combo coderB;
    private Combo source;
    private Combo code;
    private Button openOnly;
    private Label progress;
    private Table table;
    private TableFit fit;
    private StyledText transcript;
    private Text startTime;
    private Text endTime;
    private Stripes stripes;
    private List<Disagreement> listed = List.of();
    private Source shownSource;

    @Override
    protected Control createContents(Composite parent) {
        body = Widgets.grid(parent, 1);
        // the choices wrap in a narrow view (at 1280x800 beside the editor a single row cut off the Code combo and "Open only")
        Composite choices = flowRow(body);
        coderA = Coders.combo(choices, Messages.Compare_coderA, CompareIds.CODER_A, this::refresh);
        coderB = Coders.combo(choices, Messages.Compare_coderB, CompareIds.CODER_B, this::refresh);
        source = Coders.combo(choices, Messages.CompareCodersView_source, CompareIds.SOURCE, this::refresh);
        code = Coders.combo(choices, Messages.CompareCodersView_code, CompareIds.CODE, this::refresh);
        // a long source or code path would widen the row past the view (at 1280x800 it pushed "Open only" out of
        // sight): the combos take a set width and tell the whole choice in their tooltip
        for (Combo narrow : new Combo[] {source, code}) {
            narrow.setLayoutData(new org.eclipse.swt.layout.RowData(160, SWT.DEFAULT));
            narrow.addListener(SWT.Selection, e -> narrow.setToolTipText(narrow.getText()));
        }
        openOnly = WidgetIds.tag(new Button(choices, SWT.CHECK), CompareIds.OPEN_ONLY);
        openOnly.setText(Messages.CompareCodersView_openOnly);
        openOnly.addListener(SWT.Selection, e -> refresh());
        progress = WidgetIds.tag(new Label(body, SWT.NONE), CompareIds.PROGRESS);
        progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite buttons = new Composite(body, SWT.NONE);
        // the buttons wrap in a narrow view (at 1280x800, beside the editor, a row cut off Reopen and Copy Agreed)
        org.eclipse.swt.layout.RowLayout wrap = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        wrap.wrap = true;
        buttons.setLayout(wrap);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (String[] b : new String[][] {{Messages.CompareCodersView_acceptA, SettleHandler.ACCEPT_A},
                {Messages.CompareCodersView_acceptB, SettleHandler.ACCEPT_B}, {Messages.CompareCodersView_both, SettleHandler.BOTH},
                {Messages.CompareCodersView_neither, SettleHandler.NEITHER}, {Messages.CompareCodersView_adjust, SettleHandler.ADJUST},
                {Messages.CompareCodersView_reopen, SettleHandler.REOPEN}, {Messages.CompareCodersView_agreed, SettleHandler.AGREED}}) {
            Commands.button(buttons, getSite(), b[1], b[0], null);
        }
        // a recording's disagreement is adjusted by its times (a transcript's by the words selected)
        Composite times = flowRow(body);
        new Label(times, SWT.NONE).setText(Messages.CompareCodersView_start);
        startTime = WidgetIds.tag(new Text(times, SWT.BORDER), CompareIds.START_TIME);
        startTime.setLayoutData(new org.eclipse.swt.layout.RowData(110, SWT.DEFAULT));
        new Label(times, SWT.NONE).setText(Messages.CompareCodersView_end);
        endTime = WidgetIds.tag(new Text(times, SWT.BORDER), CompareIds.END_TIME);
        endTime.setLayoutData(new org.eclipse.swt.layout.RowData(110, SWT.DEFAULT));
        new Label(times, SWT.NONE).setText(Messages.CompareCodersView_timesHint);
        SashForm sash = new SashForm(body, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite left = new Composite(sash, SWT.NONE);
        GridLayout two = new GridLayout(2, false);
        two.marginWidth = 0;
        two.horizontalSpacing = 2;
        left.setLayout(two);
        Label stripeTitle = new Label(left, SWT.NONE);
        stripeTitle.setText("A  |  B");
        new Label(left, SWT.NONE).setText(Messages.CompareCodersView_transcript);
        transcript = WidgetIds.tag(new StyledText(left, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY),
                CompareIds.TRANSCRIPT);
        stripes = new Stripes(left, transcript);
        stripes.canvas().moveAbove(transcript);
        WidgetIds.tag(stripes.canvas(), CompareIds.STRIPES);
        transcript.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite right = Widgets.grid(sash, 1);
        table = WidgetIds.tag(new Table(right, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL), CompareIds.TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String[] titles = {"#", Messages.CompareCodersView_sourceColumn, Messages.CompareCodersView_kind,
            Messages.CompareCodersView_coderAColumn, Messages.CompareCodersView_coderBColumn, Messages.CompareCodersView_words,
            Messages.CompareCodersView_decision};
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(table, i == 0 ? SWT.RIGHT : SWT.LEFT);
            column.setText(titles[i]);
        }
        // the columns fit the view (the words get two shares of what is left, the source and each coder's side
        // one); a cut text is told in full in the tooltip
        fit = TableFit.install(table, 1, 3, 4, 5, 5);
        table.addListener(SWT.Selection, e -> showSelected());
        sash.setWeights(33, 67);
        MenuManager menu = new MenuManager();
        table.setMenu(menu.createContextMenu(table));
        getSite().registerContextMenu(menu, null);
        return control();
    }

    /** A row of controls across {@code parent} that wraps where the view is narrow. */
    private static Composite flowRow(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        org.eclipse.swt.layout.RowLayout flow = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        flow.center = true;
        flow.wrap = true;
        row.setLayout(flow);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return row;
    }

    private Control control() {
        return body;
    }

    @Override
    protected void refresh() {
        if (store() == null) {
            Coders.fill(coderA, List.of(), null);
            Coders.fill(coderB, List.of(), null);
            listed = List.of();
            table.removeAll();
            transcript.setText("");
            stripes.show(List.of(), List.of());
            progress.setText(Messages.CompareCodersView_noProject);
            return;
        }
        List<String> coders = Coders.of(store());
        Coders.fill(coderA, coders, coders.isEmpty() ? null : coders.get(0));
        Coders.fill(coderB, coders, coders.size() < 2 ? null : coders.get(1));
        List<String> sources = new ArrayList<>(List.of(ALL_SOURCES));
        store().project().getSources().forEach(s -> sources.add(s.getName()));
        Coders.fill(source, sources, ALL_SOURCES);
        User a = Coders.user(store(), coderA);
        User b = Coders.user(store(), coderB);
        if (a == null || b == null || a == b) {
            listed = List.of();
            table.removeAll();
            progress.setText(Messages.Compare_twoCoders);
            showSource(null, null, null);
            return;
        }
        List<Disagreement> all = Disagreements.between(store(), Coders.comparable(store(), a, b), a, b);
        Set<String> codes = new java.util.TreeSet<>();
        for (Disagreement d : all) {
            List.of(d.a() == null ? d.b() : d.a(), d.b() == null ? d.a() : d.b()).forEach(c -> codes.add(c.getCode().path()));
        }
        List<String> codeItems = new ArrayList<>(List.of(ALL_CODES));
        codeItems.addAll(codes);
        Coders.fill(code, codeItems, ALL_CODES);
        listed = all.stream().filter(d -> source.getSelectionIndex() <= 0 || d.source().getName().equals(source.getText()))
                .filter(d -> code.getSelectionIndex() <= 0 || involves(d, code.getText()))
                .filter(d -> !openOnly.getSelection() || Consensus.settlement(store().project(), d) == null).toList();
        int selected = table.getSelectionIndex() < 0 ? -1 : (Integer) table.getItem(table.getSelectionIndex()).getData();
        table.removeAll();
        for (Disagreement d : listed) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(d.number());
            Settlement s = Consensus.settlement(store().project(), d);
            item.setText(new String[] {String.valueOf(d.number()), d.source().getName(), d.kind().label(), side(d.a()), side(d.b()),
                    words(d), s == null ? Messages.CompareCodersView_open
                            : s.by() == null ? s.decision().label() : NLS.bind(Messages.CompareCodersView_decidedBy, s.decision().label(), s.by().getName())});
            if (d.number() == selected) {
                table.setSelection(item);
            }
        }
        fit.fit();
        progress.setText(NLS.bind(all.size() == listed.size() ? Messages.CompareCodersView_progress : Messages.CompareCodersView_progressOfAll,
                new Object[] {Consensus.progress(store().project(), listed), a.getName(), b.getName(), all.size()}));
        showSelected();
    }

    private static boolean involves(Disagreement d, String path) {
        return d.a() != null && (d.a().getCode()).path().equals(path) || d.b() != null && (d.b().getCode()).path().equals(path);
    }

    /** The disagreement selected in the table, or null. */
    public Disagreement selected() {
        int index = table.getSelectionIndex();
        return index < 0 ? null : listed.get(index);
    }

    private void showSelected() {
        Disagreement d = selected();
        Source s = d != null ? d.source() : source.getSelectionIndex() > 0 ? store().project().getSources().get(source.getSelectionIndex() - 1)
                : listed.isEmpty() ? null : listed.get(0).source();
        showSource(s, Coders.user(store(), coderA), Coders.user(store(), coderB));
        boolean recording = d != null && d.source() instanceof MediaSource;
        startTime.setEnabled(recording);
        endTime.setEnabled(recording);
        startTime.setText(recording ? TimeCodes.format(d.start()) : "");
        endTime.setText(recording ? TimeCodes.format(d.end()) : "");
        if (d != null && shownSource instanceof TextSource) {
            Texts.Offsets offsets = new Texts.Offsets(transcript.getText());
            int from = offsets.toUtf16((int) d.start());
            int to = offsets.toUtf16((int) d.end());
            transcript.setStyleRange(null);
            StyleRange mark = new StyleRange(from, to - from, null, org.attune.ui.Highlight.BACKGROUND);
            transcript.setStyleRange(mark);
            transcript.setSelection(from, to);
        }
    }

    private void showSource(Source s, User a, User b) {
        if (s != shownSource) {
            shownSource = s;
            transcript.setText(s instanceof TextSource text ? store().text(text) : s == null ? "" : NLS.bind(Messages.CompareCodersView_noText, s.getName()));
        }
        transcript.setStyleRange(null);
        if (!(s instanceof TextSource)) {
            stripes.show(List.of(), List.of());
            return;
        }
        Texts.Offsets offsets = new Texts.Offsets(transcript.getText());
        stripes.show(stripesOf(s, a, offsets), stripesOf(s, b, offsets));
    }

    private static List<Stripes.Stripe> stripesOf(Source s, User coder, Texts.Offsets offsets) {
        return s.getCodings().stream().filter(c -> coder != null && c.getCreatedBy() == coder && c.getSelection() instanceof TextSelection)
                .map(c -> new Stripes.Stripe(offsets.toUtf16(((TextSelection) c.getSelection()).getStart()),
                        offsets.toUtf16(((TextSelection) c.getSelection()).getEnd()), c.getCode() == null ? null : c.getCode().getColour()))
                .toList();
    }

    private static String side(Coding c) {
        if (c == null) {
            return "–";
        }
        Disagreement alone = new Disagreement(0, Disagreement.Kind.A_ONLY, c.getSource(), c, null);
        return c.getCode().getName() + " " + alone.start() + "–" + alone.end();
    }

    private String words(Disagreement d) {
        if (!(d.source() instanceof TextSource text)) {
            return d.start() + "–" + d.end() + " ms";
        }
        String w = Texts.slice(store().text(text), (int) d.start(), (int) d.end()).replaceAll("\\s+", " ").strip();
        return w.length() > 80 ? w.substring(0, 79) + "…" : w;
    }

    /** Settles the selected disagreement (called by {@link SettleHandler}); false when none is selected. */
    boolean settle(String commandId) {
        if (SettleHandler.AGREED.equals(commandId)) {
            return adoptAgreed();
        }
        Disagreement d = selected();
        if (d == null || store() == null) {
            return false;
        }
        Consensus consensus = new Consensus(store(), Consensus.DEFAULT_CODER);
        switch (commandId) {
        case SettleHandler.REOPEN -> consensus.reopen(d);
        case SettleHandler.ADJUST -> {
            Code c = (d.a() != null ? d.a() : d.b()).getCode();
            if (d.source() instanceof MediaSource) {
                return adjustTimes(consensus, d, c);
            }
            Texts.Offsets offsets = new Texts.Offsets(transcript.getText());
            org.eclipse.swt.graphics.Point range = transcript.getSelection();
            if (range.x == range.y || !(d.source() instanceof TextSource)) {
                progress.setText(Messages.CompareCodersView_selectWords);
                return true;
            }
            consensus.adjust(d, c, offsets.toCodePoint(range.x), offsets.toCodePoint(range.y));
        }
        default -> consensus.settle(d, SettleHandler.decision(commandId));
        }
        return true;
    }

    /**
     * Settles a recording's disagreement by one consensus coding of {@code code} from the start to the end typed
     * (hh:mm:ss.mmm); a time that cannot be read, or an end not after the start or past the recording, is said in the
     * progress line and changes nothing.
     */
    private boolean adjustTimes(Consensus consensus, Disagreement d, Code code) {
        try {
            consensus.adjust(d, code, TimeCodes.parse(startTime.getText()), TimeCodes.parse(endTime.getText()));
        } catch (IllegalArgumentException e) {
            progress.setText(e.getMessage());
            body.layout(true, true);
        }
        return true;
    }

    /** Types the start and end of the consensus coding of a recording's disagreement (as a person does), for tests. */
    public void typeTimes(String start, String end) {
        startTime.setText(start);
        endTime.setText(end);
    }

    /**
     * Copies the codings coders A and B agree on (same code, same stretch) in the sources they may be compared on into
     * the consensus, those not there yet: one action ("Adopt n agreed codings"), none when all are there already.
     */
    private boolean adoptAgreed() {
        User a = Coders.user(store(), coderA);
        User b = Coders.user(store(), coderB);
        if (store() == null || a == null || b == null || a == b) {
            return false;
        }
        new Consensus(store(), Consensus.DEFAULT_CODER).adoptAgreed(Disagreements.agreed(store(), Coders.comparable(store(), a, b), a, b));
        return true;
    }

    /** The progress line ("n of m settled …"), for tests. */
    public String progressText() {
        return progress.getText();
    }

    /** Selects the disagreement of this number in the table (as a click does), for tests and links. */
    public boolean select(int number) {
        for (int i = 0; i < listed.size(); i++) {
            if (listed.get(i).number() == number) {
                table.setSelection(i);
                showSelected();
                return true;
            }
        }
        return false;
    }

    /** The stripes shown for coder A (0) or B (1), for tests. */
    public int stripeCount(int coder) {
        return stripes.shown(coder).size();
    }
}
