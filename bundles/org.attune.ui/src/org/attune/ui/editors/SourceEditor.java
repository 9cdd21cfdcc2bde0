package org.attune.ui.editors;

import org.attune.ui.Widgets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attune.model.codes.InProject;
import org.attune.coding.Codebook;
import org.attune.coding.Coder;
import org.attune.coding.Colours;
import org.attune.coding.TextEdits;
import org.attune.coding.Texts;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.attune.ui.Commands;
import org.attune.ui.Messages;
import org.attune.ui.PartContextMenu;
import org.attune.ui.IProjectSession;
import org.attune.ui.RecentCodes;
import org.attune.ui.SelectionCoder;
import org.attune.ui.WidgetIds;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.attune.ui.dialogs.CodePicker;
import org.attune.ui.dialogs.CodeSuggestions;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.osgi.service.event.EventHandler;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;

/**
 * A transcript for coding: read-only text with speaker labels in bold and time codes in grey, coded stretches
 * highlighted in their codes' colours (overlaps underlined), and a margin of coding stripes (one lane per
 * overlapping coding; hover names the codes, a click selects the coding). Select text, then code it with the
 * quick-code box (completion; a new name makes a new code), Ctrl+1…9 (recent codes), Ctrl+I (in vivo), by
 * dragging it onto a code in the Codebook, or from the context menu, which also uncodes, recodes and annotates.
 */
public class SourceEditor extends CommittedEditor implements SelectionCoder {
    public static final String ID = "org.attune.ui.editors.source";
    /** Code In Vivo (plugin.xml, InVivoHandler), which the editor's In Vivo button runs. */
    public static final String IN_VIVO = "org.attune.ui.commands.inVivo";
    public static final String RECODE_TITLE = Messages.SourceEditor_recodeTitle;
    static final int LANE_WIDTH = 8;
    /** The transcript's background while its text is being edited (Edit > Edit Text). */
    static final String EDITING_BACKGROUND = "#fff8dc";
    private static final Pattern TIME_CODE = Pattern.compile("\\[\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?\\]|#\\d{2}:\\d{2}:\\d{2}-\\d+#");

    private ProjectStore store;
    private TextSource source;
    private String content;
    private Texts.Offsets offsets;
    private StyledText text;
    private Canvas stripes;
    private Text quickCode;
    private Label status;
    private Label recentHint;
    private CodingLayout layout;
    private Coding selectedCoding;
    private int followedLine = -1;
    /** Edit > Edit Text: typing, pasting and deleting correct the transcript (one action each). */
    private boolean editing;
    /** Set while the editor itself changes the widget's text, so that its verify listener lets the change through. */
    private boolean syncing;
    /** Once the text was changed (here, or by undo), it is compared with the store's at each refresh. */
    private boolean textChanged;
    private java.util.Date shownModified;
    /** The last characters typed, which the next one typed right after them joins. */
    private Typed lastTyped;
    private final Map<String, Color> colours = new HashMap<>();
    /**
     * Sent through the event broker when the reader clicks in a transcript (not a selection), e.g. to seek a
     * recording's player there; data ({@code IEventBroker.DATA}): the {@link Place}.
     */
    public static final String TOPIC_PLACE = "org/attune/ui/transcript/place";

    /** Where in which transcript the reader clicked: {@code at} is a code point. */
    public record Place(TextSource source, int at) {
    }

    /**
     * Transcription mode's keys (play/pause, rewind, time code, speakers; plugin.xml): bound in this context, active
     * while the editor is active and editing a transcript of a recording; a child of {@link #CONTEXT}, so that its
     * Ctrl+1…9 (speakers) win over quick coding's there.
     */
    public static final String TRANSCRIPTION_CONTEXT = "org.attune.ui.contexts.transcription";
    private org.eclipse.ui.contexts.IContextActivation transcription;

    private IEventBroker events;
    private final List<ISelectionChangedListener> selectionListeners = new ArrayList<>();
    /** Whose codings are shown (Edit > Show Codings) or the coder changed. */
    private final EventHandler shownListener = e -> asyncRefresh();
    /** An action in the project redraws the transcript; another project, or none, closes it. */
    private final EventHandler projectListener = e -> {
        if (text == null || text.isDisposed() || !(e.getProperty(IEventBroker.DATA) instanceof ProjectStore p)) {
            return;
        }
        if (IProjectSession.TOPIC_CHANGED.equals(e.getTopic())) {
            if (p == store) {
                asyncRefresh();
            }
        } else if (p != store || IProjectSession.TOPIC_CLOSED.equals(e.getTopic())) {
            text.getDisplay().asyncExec(this::closeSelf);
        }
    };

    /** Opens (or brings forward) the editor of {@code source} and selects [start, end) in code points (-1: none). */
    public static SourceEditor open(IWorkbenchPage page, ProjectStore store, TextSource source, int start, int end)
            throws PartInitException {
        SourceEditor editor = (SourceEditor) page.openEditor(new SourceEditorInput(store, source), ID);
        if (start >= 0) {
            editor.reveal(start, Math.max(start, end));
        }
        return editor;
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof SourceEditorInput in)) {
            throw new PartInitException("a source editor opens transcripts of the open project");
        }
        setSite(site);
        setInput(input);
        store = in.store();
        source = in.source();
        setPartName(source.getName());
        setTitleToolTip(in.getToolTipText());
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite body = Widgets.flushGrid(parent, 2);
        ((GridLayout) body.getLayout()).horizontalSpacing = 0; // the coding bar meets the text
        createCodingBar(body);
        text = WidgetIds.tag(new StyledText(body, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.MULTI), WidgetIds.SOURCE_TEXT);
        GridData textData = new GridData(SWT.FILL, SWT.FILL, true, true);
        // Size hints keep the layout from asking a wrapping StyledText for its preferred size, which means laying
        // out every line of the transcript (seconds for a long one).
        textData.widthHint = 200;
        textData.heightHint = 200;
        text.setLayoutData(textData);
        text.setMargins(8, 6, 8, 6);
        stripes = WidgetIds.tag(new Canvas(body, SWT.DOUBLE_BUFFERED), WidgetIds.SOURCE_STRIPES);
        GridData stripesData = new GridData(SWT.FILL, SWT.FILL, false, true);
        stripesData.widthHint = LANE_WIDTH + 4;
        stripes.setLayoutData(stripesData);
        stripes.addPaintListener(e -> paintStripes(e.gc));
        stripes.addListener(SWT.MouseMove, e -> stripes.setToolTipText(stripeTip(e.x, e.y)));
        stripes.addListener(SWT.MouseDown, e -> placedAt(e.x, e.y).ifPresent(p -> select(p.coding())));
        text.addPaintListener(e -> stripes.redraw());
        text.addListener(SWT.MouseUp, e -> {
            if (text.getSelectionCount() == 0) { // a click, not the end of a selection
                int at = offsets.toCodePoint(text.getCaretOffset());
                events.send(TOPIC_PLACE, new Place(source, at));
            }
        });
        text.addListener(SWT.Selection, e -> fireSelection());
        text.addVerifyListener(this::verifyEdit);
        createDragSource();

        store.load(source);
        shownModified = source.getModifiedAt();
        content = store.text(source);
        offsets = new Texts.Offsets(content);
        syncing = true; // the verify listener stops every change the editor does not make itself
        try {
            text.setText(content);
        } finally {
            syncing = false;
        }
        refresh();
        events = getSite().getService(IEventBroker.class);
        events.subscribe(IProjectSession.TOPIC_ALL, projectListener);
        events.subscribe(org.attune.ui.ShownCodings.TOPIC, shownListener);
        getSite().setSelectionProvider(new SelectionProvider());
        // Code with a recent code, in vivo, uncode, recode, annotate: commands in plugin.xml (TranscriptHandler)
        PartContextMenu.register(getSite(), text, getSite().getSelectionProvider());
        getSite().getService(IContextService.class).activateContext(CONTEXT); // Ctrl+1…9, Ctrl+I (plugin.xml)
    }

    private void createCodingBar(Composite body) {
        Composite bar = new Composite(body, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        bar.setLayout(new GridLayout(3, false));
        new Label(bar, SWT.NONE).setText(Messages.SourceEditor_code);
        quickCode = WidgetIds.tag(new Text(bar, SWT.BORDER | SWT.SEARCH), WidgetIds.SOURCE_QUICK_CODE);
        quickCode.setMessage(Messages.SourceEditor_quickCode);
        GridData quickData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        // wide enough for its placeholder, which says how to use it (a Text's border and search icon need the padding)
        quickData.widthHint = org.attune.ui.ColumnWidths.fitting(quickCode, Messages.SourceEditor_quickCode) + 16;
        quickCode.setLayoutData(quickData);
        CodeSuggestions assist = CodeSuggestions.attach(quickCode, () -> store, this::codeWithChoice);
        quickCode.addListener(SWT.DefaultSelection, e -> {
            if (!assist.isOpen()) {
                codeWithName(quickCode.getText());
            }
        });
        // the In Vivo command (Ctrl+I), active in the transcript that has the focus, as this one has when clicked
        Button inVivo = Commands.button(bar, getSite(), IN_VIVO, () -> {
            getSite().getPage().activate(this);
            return java.util.Map.of();
        }, Messages.SourceEditor_inVivo, WidgetIds.SOURCE_IN_VIVO);
        inVivo.setToolTipText(Messages.SourceEditor_inVivoTip);
        // Ctrl+1…: a row of its own with the count, wrapping, so the recent codes' names are not cut beside the quick-code box
        recentHint = WidgetIds.tag(new Label(bar, SWT.WRAP), WidgetIds.SOURCE_RECENT_HINT);
        GridData hintData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        hintData.widthHint = 1; // wrap at the bar's width rather than widen the editor
        recentHint.setLayoutData(hintData);
        // right-aligned beside the recent codes; the longer hint of transcription mode takes a row of its own and wraps
        // (refresh), so that it is not cut at the editor's right edge
        status = WidgetIds.tag(new Label(bar, SWT.WRAP | SWT.RIGHT), WidgetIds.SOURCE_STATUS);
        status.setLayoutData(new GridData(SWT.RIGHT, SWT.TOP, false, false));
    }

    /** Re-reads codings and codes after an action: highlights, stripes, completion and recent codes. */
    public void refresh() {
        if (text == null || text.isDisposed()) {
            return;
        }
        if (!InProject.holds(store.project(), source)) { // the source was deleted (or its import undone)
            closeSelf();
            return;
        }
        followText();
        int last = content.length();
        // only the codings of the chosen coders that the current coder may see (blind coding): highlights, stripes and
        // the codings under the selection (uncode, recode) alike
        List<Coding> shown = source.getCodings().stream().filter(org.attune.ui.ShownCodings.lens(store)).toList();
        layout = CodingLayout.of(shown, offsets::toUtf16, o -> text.getLineAtOffset(Math.min(o, last)));
        text.setStyleRanges(styles());
        GridData stripesData = (GridData) stripes.getLayoutData();
        int width = Math.max(1, layout.lanes) * LANE_WIDTH + 4;
        if (stripesData.widthHint != width) {
            stripesData.widthHint = width;
            stripes.getParent().layout(new Control[] {stripes});
        }
        stripes.redraw();
        List<Code> recent = getSite().getService(RecentCodes.class).list(store);
        StringBuilder hint = new StringBuilder();
        for (int i = 0; i < recent.size(); i++) {
            hint.append(i == 0 ? "" : "   ").append(NLS.bind(Messages.SourceEditor_recentKey, i + 1, recent.get(i).getName()));
        }
        recentHint.setText(hint.toString());
        String count = Messages.count(shown.size(), Messages.SourceEditor_codings_one, Messages.SourceEditor_codings_other);
        status.setText(transcription != null ? NLS.bind(Messages.SourceEditor_transcribing, new Object[] {
                key("org.attune.ui.commands.transcription.playPause"), key("org.attune.ui.commands.transcription.timeCode"), count}) //$NON-NLS-1$ //$NON-NLS-2$
                : editing ? NLS.bind(Messages.SourceEditor_editing, count) : count);
        recentHint.setToolTipText(hint.isEmpty() ? null : hint.toString());
        GridData statusData = (GridData) status.getLayoutData();
        boolean ownRow = transcription != null;
        statusData.horizontalSpan = ownRow ? 3 : 1;
        statusData.horizontalAlignment = ownRow ? SWT.FILL : SWT.RIGHT;
        statusData.grabExcessHorizontalSpace = ownRow;
        statusData.widthHint = ownRow ? 1 : SWT.DEFAULT; // wraps at the bar's width rather than widen the editor
        ((GridData) recentHint.getLayoutData()).horizontalSpan = ownRow ? 3 : 2;
        status.getParent().getParent().layout(new Control[] {status, recentHint});
    }

    /** Whether typing corrects the text (Edit > Edit Text). */
    public boolean isEditing() {
        return editing;
    }

    /**
     * Turns editing on or off. While on, each change typed, pasted, cut or deleted is one action of {@link TextEdits}
     * (Edit > Undo takes it back), and the highlights, stripes and Coded Segments follow it.
     */
    public void setEditing(boolean on) {
        if (on && store.isReadOnly()) {
            status.setText(Messages.SourceEditor_readOnly);
            return;
        }
        editing = on;
        text.setEditable(on);
        transcriptionMode();
        // a pale tint, not a theme's colour: the words must stay readable on it and on the codes' highlights
        text.setBackground(on ? solid(EDITING_BACKGROUND) : null);
        refresh();
    }

    /** Transcription mode is on while the text of a transcript linked to a recording is edited. */
    private void transcriptionMode() {
        IContextService contexts = getSite().getService(IContextService.class);
        boolean on = editing && source.getMedia() != null;
        if (on && transcription == null) {
            transcription = contexts.activateContext(TRANSCRIPTION_CONTEXT);
        } else if (!on && transcription != null) {
            contexts.deactivateContext(transcription);
            transcription = null;
        }
    }

    /** The key bound to a command now (the Keys preference page may change it), or "-" when none is. */
    private String key(String commandId) {
        org.eclipse.ui.keys.IBindingService bindings = getSite().getService(org.eclipse.ui.keys.IBindingService.class);
        String bound = bindings.getBestActiveBindingFormattedFor(commandId);
        if (bound == null) { // the context is not active yet (the part is being activated): the scheme's binding in it
            bound = java.util.Arrays.stream(bindings.getBindings())
                    .filter(b -> b.getParameterizedCommand() != null && commandId.equals(b.getParameterizedCommand().getId())
                            && TRANSCRIPTION_CONTEXT.equals(b.getContextId()))
                    .map(b -> b.getTriggerSequence().format()).findFirst().orElse("-"); //$NON-NLS-1$
        }
        return bound;
    }

    /** Whether transcription mode's keys work here: editing a transcript of a recording. */
    public boolean isTranscribing() {
        return transcription != null;
    }

    /** The caret, in code points. */
    public int caret() {
        return offsets.toCodePoint(text.getCaretOffset());
    }

    /**
     * Shows what an operation of the core (e.g. a time code or speaker typed by a key) did to the text, with the caret
     * at code point {@code caret}; the next character typed starts an edit of its own.
     */
    public void inserted(int caret) {
        lastTyped = null;
        refresh();
        text.setCaretOffset(offsets.toUtf16(Math.min(source.getLength(), caret)));
        text.showSelection();
    }

    /** A change the widget is about to make: made instead by the core operation, then shown from the store. */
    private void verifyEdit(org.eclipse.swt.events.VerifyEvent e) {
        if (syncing) {
            return;
        }
        e.doit = false;
        if (!editing) {
            return;
        }
        String typed = e.text.replace("\r\n", "\n").replace('\r', '\n'); // as TextEdits stores it
        int start = offsets.toCodePoint(e.start);
        int end = offsets.toCodePoint(e.end);
        String replacement = typed;
        org.eclipse.emf.common.command.CommandStack stack = store.editingDomain().getCommandStack();
        boolean oneKey = e.start == e.end && typed.codePointCount(0, typed.length()) == 1 && !typed.equals("\n");
        if (oneKey && lastTyped != null && stack.getUndoCommand() == lastTyped.command() && start == lastTyped.caret()) {
            // a character typed right after the last ones: the run becomes one edit, so that a word typed over a
            // selection replaces it whole (and stays coded as it was) and one Undo takes the word back
            try {
                store.undo();
                start = lastTyped.start();
                end = lastTyped.end();
                replacement = lastTyped.replacement() + typed;
            } catch (org.attune.store.StoreFailure refused) {
                // a team project's run another coder changed since is kept: the key is an edit of its own
            }
        }
        lastTyped = null;
        try {
            if (new TextEdits(store).edit(source, start, end, replacement).replacements() > 0
                    && (oneKey || e.start != e.end && typed.codePointCount(0, typed.length()) <= 1)) { // not after a paste
                lastTyped = new Typed(stack.getUndoCommand(), start, end, replacement,
                        start + replacement.codePointCount(0, replacement.length()));
            }
        } catch (IllegalArgumentException | IllegalStateException failed) {
            status.setText(failed.getMessage());
            return;
        }
        refresh();
        int caret = start + replacement.codePointCount(0, replacement.length());
        text.setCaretOffset(offsets.toUtf16(Math.min(source.getLength(), caret)));
        text.showSelection();
    }

    /** The last run of typing: one action, [start, end) replaced; the caret after it (code points). */
    private record Typed(org.eclipse.emf.common.command.Command command, int start, int end, String replacement, int caret) {
    }

    /**
     * Shows the store's text if it changed (an edit here, its undo or redo): only the stretch that differs is
     * replaced in the widget, so that the reader keeps their place.
     */
    private void followText() {
        if (!textChanged && java.util.Objects.equals(shownModified, source.getModifiedAt())) {
            return;
        }
        textChanged = true;
        shownModified = source.getModifiedAt();
        String now = store.text(source);
        if (now == null || now.equals(content)) {
            return;
        }
        int prefix = 0;
        int max = Math.min(now.length(), content.length());
        while (prefix < max && now.charAt(prefix) == content.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && now.charAt(now.length() - 1 - suffix) == content.charAt(content.length() - 1 - suffix)) {
            suffix++;
        }
        // never split a surrogate pair
        while (prefix > 0 && prefix < now.length() && Character.isLowSurrogate(now.charAt(prefix))) {
            prefix--;
        }
        while (suffix > 0 && Character.isLowSurrogate(now.charAt(now.length() - suffix))) {
            suffix--;
        }
        syncing = true;
        try {
            text.replaceTextRange(prefix, content.length() - suffix - prefix, now.substring(prefix, now.length() - suffix));
        } finally {
            syncing = false;
        }
        content = now;
        offsets = new Texts.Offsets(content);
    }

    private void asyncRefresh() {
        if (text != null && !text.isDisposed()) {
            text.getDisplay().asyncExec(this::refresh);
        }
    }

    /** Highlights merged with speaker labels (bold) and time codes (grey), as non-overlapping ranges. */
    private StyleRange[] styles() {
        List<int[]> labels = new ArrayList<>(); // start, end, kind (0 bold, 1 grey)
        for (SpeakerTurn turn : source.getTurns()) {
            int at = offsets.toUtf16(turn.getStart());
            if (turn.getSpeaker() != null && content.startsWith(turn.getSpeaker(), at)) {
                labels.add(new int[] {at, at + turn.getSpeaker().length() + 1, 0});
            }
        }
        Matcher m = TIME_CODE.matcher(content);
        while (m.find()) {
            labels.add(new int[] {m.start(), m.end(), 1});
        }
        labels.sort((a, b) -> Integer.compare(a[0], b[0]));
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
        labels.forEach(l -> {
            cuts.add(l[0]);
            cuts.add(l[1]);
        });
        layout.runs.forEach(r -> {
            cuts.add(r.start());
            cuts.add(r.end());
        });
        List<StyleRange> ranges = new ArrayList<>();
        int run = 0;
        int label = 0;
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null) {
                while (run < layout.runs.size() && layout.runs.get(run).end() <= previous) {
                    run++;
                }
                while (label < labels.size() && labels.get(label)[1] <= previous) {
                    label++;
                }
                CodingLayout.Run r = run < layout.runs.size() && layout.runs.get(run).start() <= previous ? layout.runs.get(run) : null;
                int[] l = label < labels.size() && labels.get(label)[0] <= previous ? labels.get(label) : null;
                if (r != null || l != null) {
                    StyleRange style = new StyleRange();
                    style.start = previous;
                    style.length = cut - previous;
                    if (r != null) {
                        Coding top = r.codings().get(r.codings().size() - 1);
                        style.background = highlight(top.getCode().getColour());
                        style.underline = r.codings().size() > 1;
                    }
                    if (l != null) {
                        style.fontStyle = l[2] == 0 ? SWT.BOLD : SWT.NORMAL;
                        style.foreground = l[2] == 1 ? text.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
                    }
                    ranges.add(style);
                }
            }
            previous = cut;
        }
        return ranges.toArray(StyleRange[]::new);
    }

    /** A code's colour as a text background: lightened so that the words stay readable. */
    private Color highlight(String colour) {
        return colours.computeIfAbsent("h" + colour, k -> {
            int[] rgb = Colours.rgb(colour);
            return new Color(new RGB(lighten(rgb[0]), lighten(rgb[1]), lighten(rgb[2])));
        });
    }

    private static int lighten(int channel) {
        return channel + (255 - channel) * 55 / 100;
    }

    private Color solid(String colour) {
        return colours.computeIfAbsent(colour, k -> {
            int[] rgb = Colours.rgb(colour);
            return new Color(new RGB(rgb[0], rgb[1], rgb[2]));
        });
    }

    private void paintStripes(GC gc) {
        if (layout == null) {
            return;
        }
        int top = text.getTopIndex();
        int bottom = text.getLineIndex(text.getClientArea().height);
        int lineHeight = text.getLineHeight();
        for (CodingLayout.Placed p : layout.placed) {
            if (p.lastLine() < top || p.firstLine() > bottom) {
                continue;
            }
            Rectangle r = stripe(p, lineHeight);
            gc.setBackground(solid(p.coding().getCode().getColour()));
            gc.fillRectangle(r);
            if (p.coding() == selectedCoding) {
                gc.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_BLACK));
                gc.drawRectangle(r.x - 1, r.y - 1, r.width + 1, r.height + 1);
            }
        }
    }

    private Rectangle stripe(CodingLayout.Placed p, int lineHeight) {
        int y1 = text.getLinePixel(p.firstLine());
        int y2 = text.getLinePixel(p.lastLine()) + lineHeight;
        return new Rectangle(2 + p.lane() * LANE_WIDTH, y1 + 1, LANE_WIDTH - 2, Math.max(2, y2 - y1 - 2));
    }

    /** Where a coding's stripe is drawn in the margin now (scrolling moves it), if it is a text coding shown here. */
    public Optional<Rectangle> stripeOf(Coding coding) {
        return layout.placed.stream().filter(p -> p.coding() == coding).findFirst().map(p -> stripe(p, text.getLineHeight()));
    }

    /** The coding whose stripe is at a point of the margin. */
    Optional<CodingLayout.Placed> placedAt(int x, int y) {
        int line = text.getLineIndex(y);
        int lane = (x - 2) / LANE_WIDTH;
        return layout.placed.stream().filter(p -> p.lane() == lane && p.firstLine() <= line && line <= p.lastLine()).findFirst();
    }

    /** The names of the codes whose stripes cross the line at {@code y}. */
    String stripeTip(int x, int y) {
        int line = text.getLineIndex(y);
        List<String> names = new ArrayList<>();
        for (CodingLayout.Placed p : layout.placed) {
            if (p.firstLine() <= line && line <= p.lastLine()) {
                Coding c = p.coding();
                names.add(c.getCode().getName() + (c.getNote() == null ? "" : " — " + c.getNote()));
            }
        }
        return names.isEmpty() ? null : String.join("\n", names);
    }

    /** Selects a coding: its words in the text and its stripe. */
    public void select(Coding coding) {
        selectedCoding = coding;
        if (coding.getSelection() instanceof org.attune.model.TextSelection) {
            reveal((int) coding.start(), (int) coding.end());
        }
        stripes.redraw();
        fireSelection();
    }

    /**
     * Follows a recording's playback: marks the line spoken at the code point {@code at} (the caret goes there, the
     * selection is kept only if it is empty) and scrolls it into view when it is not visible.
     */
    public void follow(int at) {
        if (text.isDisposed() || at < 0) {
            return;
        }
        int offset = offsets.toUtf16(Math.min(at, source.getLength()));
        int line = text.getLineAtOffset(offset);
        text.setLineBackground(0, text.getLineCount(), null);
        text.setLineBackground(line, 1, org.attune.ui.Highlight.BACKGROUND);
        int top = text.getTopIndex();
        int bottom = text.getLineIndex(text.getClientArea().height);
        if (line < top || line > bottom) {
            text.setTopIndex(Math.max(0, line - 2));
        }
        followedLine = line;
    }

    /** The line last marked by {@link #follow}, or -1. */
    public int followedLine() {
        return followedLine;
    }

    /** Selects [start, end) (code points) and scrolls it into view. */
    public void reveal(int start, int end) {
        int from = offsets.toUtf16(start);
        text.setSelection(from, offsets.toUtf16(end));
        text.setTopIndex(Math.max(0, text.getLineAtOffset(from) - 3));
        text.showSelection();
    }

    /** The selected stretch in code points, or empty when nothing is selected. */
    public Optional<int[]> selectedRange() {
        var s = text.getSelection();
        return s.x == s.y ? Optional.empty() : Optional.of(new int[] {offsets.toCodePoint(s.x), offsets.toCodePoint(s.y)});
    }

    /** Codes the selection with the code named {@code name}, created first if there is none. */
    @Override
    public void codeWithName(String name) {
        if (name == null || name.isBlank()) {
            status.setText(Messages.SourceEditor_typeName);
            return;
        }
        Optional<int[]> range = selectedRange();
        if (range.isEmpty()) {
            status.setText(Messages.SourceEditor_selectFirst);
            return;
        }
        try { // a name that several codes have is refused, naming their paths
            Coding coding = new Coder(store).codeWithName(source, range.get()[0], range.get()[1], name); // one undo step
            getSite().getService(RecentCodes.class).used(coding.getCode());
            select(coding);
            refresh();
            quickCode.setText("");
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
        }
    }

    @Override
    public ProjectStore codedProject() {
        return store;
    }

    /** Codes the selection with {@code code}; the code becomes the most recent one. */
    @Override
    public void codeWith(Code code) {
        Optional<int[]> range = selectedRange();
        if (range.isEmpty()) {
            status.setText(Messages.SourceEditor_selectFirst);
            return;
        }
        select(new Coder(store).code(source, range.get()[0], range.get()[1], code));
        getSite().getService(RecentCodes.class).used(code);
        refresh();
        quickCode.setText("");
    }

    public void inVivo() {
        Optional<int[]> range = selectedRange();
        if (range.isEmpty()) {
            status.setText(Messages.SourceEditor_selectForInVivo);
            return;
        }
        try {
            Coding coding = new Coder(store).inVivo(source, range.get()[0], range.get()[1]);
            getSite().getService(RecentCodes.class).used(coding.getCode());
            select(coding);
            refresh();
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
        }
    }

    /** The codings highlighted and striped now: the chosen coders' (Edit > Show Codings) that the coder may see. */
    public List<Coding> shownCodings() {
        return layout.placed.stream().map(CodingLayout.Placed::coding).distinct().toList();
    }

    /** The codings under the selection (or the caret). */
    public List<Coding> codingsAtSelection() {
        var s = text.getSelection();
        return layout.overlapping(s.x, s.y);
    }

    /** Asks for the code that {@code coding} should have instead, then recodes it (one undo step). */
    public void recode(Coding coding) {
        Code code = CodePicker.pick(text.getShell(), RECODE_TITLE, NLS.bind(Messages.SourceEditor_recodeMessage,
                coding.getCode().getName()), store, new Codebook(store).all().stream().filter(c -> c != coding.getCode()).toList());
        if (code != null) {
            new Coder(store).recode(coding, code);
        }
    }

    /** Asks for a note on {@code coding} (empty removes it), then sets it (one undo step). */
    public void annotate(Coding coding) {
        InputDialog ask = new InputDialog(text.getShell(), Messages.SourceEditor_annotateTitle, NLS.bind(Messages.SourceEditor_annotateMessage,
                coding.getCode().getName()), coding.getNote() == null ? "" : coding.getNote(), null);
        if (ask.open() == Window.OK) {
            new Coder(store).annotate(coding, ask.getValue());
        }
    }

    /** Dragging selected words onto a code in the Codebook codes them (see CodebookView). */
    private void createDragSource() {
        DragSource drag = new DragSource(text, DND.DROP_COPY | DND.DROP_LINK);
        drag.setTransfer(new Transfer[] {LocalSelectionTransfer.getTransfer()});
        drag.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                Optional<int[]> range = selectedRange();
                event.doit = range.isPresent();
                range.ifPresent(r -> LocalSelectionTransfer.getTransfer().setSelection(
                        new StructuredSelection(new TextSpan(store, source, r[0], r[1]))));
            }
        });
    }

    /** Selected words of a transcript, as dragged onto a code. */
    public record TextSpan(ProjectStore store, TextSource source, int start, int end) {
    }

    private void fireSelection() {
        ISelection selection = getSelection();
        SelectionChangedEvent event = new SelectionChangedEvent(getSite().getSelectionProvider(), selection);
        selectionListeners.forEach(l -> l.selectionChanged(event));
    }

    private ISelection getSelection() {
        if (selectedCoding != null && InProject.holds(store.project(), selectedCoding)) {
            var s = text.getSelection();
            if (offsets.toCodePoint(s.x) == (int) selectedCoding.start() && offsets.toCodePoint(s.y) == (int) selectedCoding.end()) {
                return new StructuredSelection(selectedCoding);
            }
        }
        return new StructuredSelection(source);
    }

    public TextSource source() {
        return source;
    }

    public StyledText textWidget() {
        return text;
    }

    private void closeSelf() {
        if (getSite() != null && getSite().getPage() != null) {
            getSite().getPage().closeEditor(this, false);
        }
    }

    @Override
    public void dispose() {
        if (events != null) {
            events.unsubscribe(projectListener);
            events.unsubscribe(shownListener);
        }
        colours.values().forEach(Color::dispose);
        super.dispose();
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }

    private final class SelectionProvider implements ISelectionProvider {
        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            selectionListeners.add(listener);
        }

        @Override
        public ISelection getSelection() {
            return SourceEditor.this.getSelection();
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            selectionListeners.remove(listener);
        }

        @Override
        public void setSelection(ISelection selection) {
            if (selection instanceof StructuredSelection s && s.getFirstElement() instanceof Coding c) {
                select(c);
            }
        }
    }
}
