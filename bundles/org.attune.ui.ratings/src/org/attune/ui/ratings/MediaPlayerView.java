package org.attune.ui.ratings;

import org.attune.ui.Widgets;
import org.attune.ui.ProjectViewPart;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.osgi.service.event.EventHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import org.attune.model.codes.InProject;
import org.attune.ui.views.RecordingPlayer;
import org.attune.coding.Coder;
import org.attune.coding.Colours;
import org.attune.model.Code;
import org.attune.model.TextSource;
import org.attune.ui.editors.SourceEditor;
import org.attune.model.AudioSource;
import org.attune.model.Coding;
import org.attune.model.TimeSelection;
import org.attune.model.MediaSource;
import org.attune.model.VideoSource;
import org.attune.importer.media.Waveform;
import org.attune.ratings.Moment;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.attune.store.ProjectStore;
import org.attune.ui.RecentCodes;
import org.attune.ui.SelectionCoder;
import org.attune.ui.Commands;
import org.attune.ui.WidgetIds;
import org.eclipse.osgi.util.NLS;
import org.attune.ui.dialogs.CodeSuggestions;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextService;

/**
 * Plays a recording of the project through the player bridge ({@link MediaBridge}: an HTML5 media element in SWT's
 * Browser) and keeps the current time, an in/out range, the time codings and the evidence moments on a
 * {@link Timeline} (a click seeks, a drag marks the in/out range). When the Browser or the codec cannot
 * play the file the view says so and time-coded work goes on by typing times. Others follow playback through
 * {@link #addTimeListener} (e.g. a linked transcript) and seek with {@link #seek}.
 */
public class MediaPlayerView extends ProjectViewPart implements RecordingPlayer, SelectionCoder {
    public static final String ID = RecordingPlayer.VIEW_ID;
    /** The player's commands (plugin.xml, {@link PlayerHandler}), which its buttons run. */
    public static final String PLAY_PAUSE = "org.attune.ui.ratings.player.playPause";
    public static final String BACK = "org.attune.ui.ratings.player.back";
    public static final String FORWARD = "org.attune.ui.ratings.player.forward";
    public static final String PREVIOUS_FRAME = "org.attune.ui.ratings.player.previousFrame";
    public static final String NEXT_FRAME = "org.attune.ui.ratings.player.nextFrame";
    public static final String SET_IN = "org.attune.ui.ratings.player.setIn";
    public static final String SET_OUT = "org.attune.ui.ratings.player.setOut";
    public static final String GO = "org.attune.ui.ratings.player.go";
    /** Codes the marked range with the code named in the box or in {@link PlayerHandler#CODE} (the Code Range button). */
    public static final String CODE_RANGE = "org.attune.ui.ratings.player.codeRange";
    /** Loads the recording again in a new page, when the page does not answer (the Reload Player button). */
    public static final String RELOAD = "org.attune.ui.ratings.player.reload";
    static final double[] RATES = {0.25, 0.5, 0.75, 1, 1.25, 1.5, 2};
    static final Color EVIDENCE = new Color(230, 150, 30);
    private static final String MARK_FIRST = Messages.MediaPlayerView_markFirst;

    private MediaBridge player;
    private String browserProblem;
    private Label status;
    /** Shown while the player's page does not answer: what that means, and Reload Player. */
    private Composite silence;
    /** Where to go once the reloaded page is ready (-1: nowhere). */
    private long resumeMs = -1;
    private Label time;
    private Label range;
    private Button play;
    private Combo rate;
    private Timeline timeline;
    private Text typed;
    private Text codeName;
    private MediaSource media;
    private boolean playing;
    private long currentMs;
    private long durationMs;
    private long inMs = -1;
    private long outMs = -1;
    private List<Moment> markers = List.of();
    private final List<LongConsumer> timeListeners = new CopyOnWriteArrayList<>();

    /** The player view of the active window, shown (and created) if needed; null without a workbench page. */
    public static MediaPlayerView show() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        try {
            return page == null ? null : (MediaPlayerView) page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            throw new IllegalStateException("the media player cannot be shown: " + e.getMessage(), e);
        }
    }

    /** The player view if it is open, else null. */
    public static MediaPlayerView find() {
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        return page == null ? null : (MediaPlayerView) page.findView(ID);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = Widgets.grid(parent, 1);
        status = WidgetIds.tag(new Label(body, SWT.WRAP), RatingIds.PLAYER_STATUS);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        silence = silenceRow(body);
        try {
            player = new MediaBridge(body, new MediaBridge.Events() {
                @Override
                public void time(long ms, boolean paused) {
                    onTime(ms, paused);
                }

                @Override
                public void ready(long durationMs) {
                    onReady(durationMs);
                }

                @Override
                public void error(String reason) {
                    onMediaError(reason);
                }

                @Override
                public void answering(boolean answering) {
                    showSilence(!answering);
                }
            });
            player.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        } catch (SWTError e) {
            player = null;
            browserProblem = NLS.bind(Messages.MediaPlayerView_noBrowser, e.getMessage());
            Label blank = new Label(body, SWT.CENTER | SWT.WRAP);
            blank.setText(Messages.MediaPlayerView_noPlayback);
            blank.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        }
        timeline = WidgetIds.tag(new Timeline(body, SWT.NONE), RatingIds.PLAYER_TIMELINE);
        GridData timelineData = new GridData(SWT.FILL, SWT.TOP, true, false);
        timelineData.heightHint = 48; // room for the waveform of the sound
        timeline.setLayoutData(timelineData);
        timeline.addSeekListener(this::seek);
        timeline.addRangeListener((start, end) -> {
            inMs = start;
            outMs = end;
            showRange();
        });
        controls(body);
        codingRow(body);
        LongConsumer follow = this::followTranscripts;
        EventHandler clicked = e -> {
            if (e.getProperty(IEventBroker.DATA) instanceof SourceEditor.Place place) {
                transcriptClicked(place.source(), place.at());
            }
        };
        addTimeListener(follow);
        IEventBroker events = getSite().getService(IEventBroker.class);
        events.subscribe(SourceEditor.TOPIC_PLACE, clicked);
        body.addListener(SWT.Dispose, e -> {
            removeTimeListener(follow);
            events.unsubscribe(clicked);
        });
        getSite().getService(IContextService.class).activateContext(CONTEXT); // Ctrl+1…9 code the range (plugin.xml)
        // Space, arrows, comma/period, I/O (plugin.xml, PlayerHandler), not while a time or a code name is typed
        new PlayerKeys(getSite(), typed, codeName);
        return body;
    }

    /** The row that says the player's page does not answer, with Reload Player; hidden while it answers. */
    private Composite silenceRow(Composite body) {
        Composite row = Widgets.grid(body, 2);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.exclude = true;
        row.setLayoutData(data);
        row.setVisible(false);
        Label said = WidgetIds.tag(new Label(row, SWT.WRAP), RatingIds.PLAYER_SILENT);
        said.setText(Messages.MediaPlayerView_silent);
        said.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button(row, RELOAD, Messages.MediaPlayerView_reload, Messages.MediaPlayerView_reloadTip, RatingIds.PLAYER_RELOAD);
        return row;
    }

    private void showSilence(boolean silent) {
        if (silence.isDisposed()) {
            return;
        }
        ((GridData) silence.getLayoutData()).exclude = !silent;
        silence.setVisible(silent);
        silence.getParent().layout(true, true);
    }

    /** Whether the player's page answers (it gave a sign of life lately, or no recording is open). */
    public boolean isAnswering() {
        return player == null || player.answering();
    }

    /**
     * Loads the open recording again in a new page (the old one may hang), then goes back to where it was, paused
     * (Reload Player).
     */
    public void reloadPlayer() {
        if (player == null) {
            return;
        }
        resumeMs = currentMs;
        playing = false;
        browserProblem = player.reload();
        showSilence(false);
        showStatus();
    }

    /** A test hook: keeps the player's page busy for {@code ms}, as a hung page would be. */
    public void hangPageForTest(long ms) {
        if (player != null) {
            player.hangForTest(ms);
        }
    }

    /** Codes the marked in/out range with a code named in the box (created if new): time-range coding of media. */
    private void codingRow(Composite body) {
        Composite row = Widgets.grid(body, 3);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(row, SWT.NONE).setText(Messages.MediaPlayerView_codeRangeWith);
        Text name = codeName = WidgetIds.tag(new Text(row, SWT.BORDER), RatingIds.PLAYER_CODE_NAME);
        name.setMessage(Messages.MediaPlayerView_codeNameHint);
        name.setToolTipText(Messages.MediaPlayerView_codeNameHint);
        // grows and shrinks with the view, so that the Code Range button beside it stays in sight (it was cut at 1280x800)
        GridData nameData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        nameData.widthHint = 240;
        nameData.minimumWidth = 80;
        name.setLayoutData(nameData);
        CodeSuggestions assist = CodeSuggestions.attach(name, this::store, this::codeWithChoice);
        name.addListener(SWT.DefaultSelection, e -> {
            if (!assist.isOpen()) {
                codeWithName(name.getText());
            }
        });
        button(row, CODE_RANGE, Messages.MediaPlayerView_codeRange, Messages.MediaPlayerView_codeRangeTip, RatingIds.PLAYER_CODE_RANGE);
    }

    /** The code name typed in the box beside Code Range (may be blank). */
    public String typedCodeName() {
        return codeName.getText();
    }

    /** Codes [in, out] of the open recording with the code named {@code codeName} (created if new, in the same action). */
    @Override
    public void codeWithName(String codeName) {
        if (codeName.isBlank()) {
            status.setText(MARK_FIRST);
            return;
        }
        codeMarked(marked -> new Coder(store()).codeTimeWithName(media, marked.startMs(), marked.endMs(), codeName));
    }

    @Override
    public ProjectStore codedProject() {
        return store();
    }

    /** Codes [in, out] of the open recording with {@code code} (Ctrl+1…9). */
    @Override
    public void codeWith(Code code) {
        codeMarked(marked -> new Coder(store()).codeTime(media, marked.startMs(), marked.endMs(), code));
    }

    /** Codes the marked range as {@code coding} does; its code becomes the most recent one and the timeline shows it. */
    private void codeMarked(Function<Moment, Coding> coding) {
        if (!rangeMarked()) {
            status.setText(MARK_FIRST);
            return;
        }
        Moment marked = range();
        try {
            Code code = coding.apply(marked).getCode();
            getSite().getService(RecentCodes.class).used(code);
            status.setText(NLS.bind(Messages.MediaPlayerView_coded, new Object[] {TimeCodes.format(marked.startMs()),
                    TimeCodes.format(marked.endMs()), code.getName()}));
            showBands();
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
        }
    }

    private boolean rangeMarked() {
        Moment marked = range();
        return media != null && store() != null && marked != null && marked.endMs() > marked.startMs();
    }

    /** Open transcripts of this recording show the line being spoken. */
    private void followTranscripts(long ms) {
        if (media == null) {
            return;
        }
        for (var ref : getSite().getPage().getEditorReferences()) {
            if (ref.getEditor(false) instanceof SourceEditor editor && editor.source().getMedia() == media) {
                editor.follow(TranscriptSync.offsetAt(editor.source(), ms));
            }
        }
    }

    /** A click in a transcript of this recording seeks to the time of that place. */
    private void transcriptClicked(TextSource transcript, int offset) {
        if (media != null && transcript.getMedia() == media) {
            long ms = TranscriptSync.timeAt(transcript, offset);
            if (ms >= 0) {
                seek(ms);
            }
        }
    }

    private void controls(Composite body) {
        Composite bar = wrapping(body);
        play = button(bar, PLAY_PAUSE, Messages.MediaPlayerView_play, Messages.MediaPlayerView_playTip, RatingIds.PLAYER_PLAY);
        button(bar, BACK, Messages.MediaPlayerView_back, Messages.MediaPlayerView_backTip, null);
        button(bar, FORWARD, Messages.MediaPlayerView_forward, Messages.MediaPlayerView_forwardTip, null);
        button(bar, PREVIOUS_FRAME, Messages.MediaPlayerView_previousFrame, Messages.MediaPlayerView_previousFrameTip, null);
        button(bar, NEXT_FRAME, Messages.MediaPlayerView_nextFrame, Messages.MediaPlayerView_nextFrameTip, null);
        rate = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY), RatingIds.PLAYER_RATE);
        for (double r : RATES) {
            rate.add(r + "x");
        }
        rate.select(3);
        rate.setToolTipText(Messages.MediaPlayerView_rate);
        rate.addListener(SWT.Selection, e -> {
            if (player != null) {
                player.rate(RATES[rate.getSelectionIndex()]);
            }
        });
        time = WidgetIds.tag(new Label(bar, SWT.NONE), RatingIds.PLAYER_TIME);
        time.setText(TimeCodes.format(0) + " / " + TimeCodes.format(0));

        Composite typing = wrapping(body);
        new Label(typing, SWT.NONE).setText(Messages.MediaPlayerView_time);
        typed = WidgetIds.tag(new Text(typing, SWT.BORDER), RatingIds.PLAYER_TYPED_TIME);
        typed.setMessage("hh:mm:ss.mmm");
        typed.setLayoutData(new RowData(110, SWT.DEFAULT));
        typed.addListener(SWT.DefaultSelection, e -> parseTime(typed.getText()).ifPresent(this::seek));
        // the typed time is the commands' parameter: Go always passes it, Set In/Out only when one is typed
        button(typing, GO, () -> Map.of(PlayerHandler.TIME, typed.getText()), Messages.MediaPlayerView_go, Messages.MediaPlayerView_goTip,
                RatingIds.PLAYER_GO);
        button(typing, SET_IN, this::typedParameter, Messages.MediaPlayerView_setIn, Messages.MediaPlayerView_setInTip, RatingIds.PLAYER_SET_IN);
        button(typing, SET_OUT, this::typedParameter, Messages.MediaPlayerView_setOut, Messages.MediaPlayerView_setOutTip,
                RatingIds.PLAYER_SET_OUT);
        range = WidgetIds.tag(new Label(typing, SWT.NONE), RatingIds.PLAYER_RANGE);
        showRange();
    }

    /**
     * A row of controls that wraps onto more lines when the view is narrow (at 1024x768 the player's nine controls
     * did not fit in one row and the last were cut off), so that every one stays in sight.
     */
    private static Composite wrapping(Composite body) {
        Composite row = new Composite(body, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true;
        layout.center = true;
        layout.marginLeft = layout.marginRight = 0;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return row;
    }

    /** Plays or pauses (Space). */
    @Override
    public void togglePlay() {
        if (!isPlayable()) {
            showStatus();
            return;
        }
        if (playing) {
            player.pause();
        } else {
            player.play();
        }
    }

    @Override
    public boolean isPlaying() {
        return playing;
    }

    /** Changes the playback rate by {@code steps} of {@link #RATES} (kept within them), shown in the rate box. */
    @Override
    public double stepRate(int steps) {
        int index = Math.max(0, Math.min(RATES.length - 1, rate.getSelectionIndex() + steps));
        rate.select(index);
        if (player != null) {
            player.rate(RATES[index]);
        }
        return RATES[index];
    }

    /** Moves the playhead by {@code frames} frames of the recording (25 a second if it does not say). */
    public void stepFrames(int frames) {
        seek(currentMs + frames * frameMs());
    }

    private Button button(Composite parent, String commandId, String label, String tip, String widgetId) {
        return button(parent, commandId, Map::of, label, tip, widgetId);
    }

    /** A button that runs the player's command {@code commandId} (as its key does) with the parameters given. */
    private Button button(Composite parent, String commandId, Supplier<Map<String, String>> parameters, String label, String tip, String widgetId) {
        Button b = Commands.button(parent, getSite(), commandId, parameters, label, widgetId);
        b.setToolTipText(tip);
        return b;
    }

    /** The typed time as the Set In/Out commands' parameter; none (the current time) when nothing is typed. */
    private Map<String, String> typedParameter() {
        String text = typed.getText().strip();
        return text.isEmpty() ? Map.of() : Map.of(PlayerHandler.TIME, text);
    }

    @Override
    protected void refresh() {
        if (media != null && (store() == null || !InProject.holds(store().project(), media))) {
            open(null);
        }
        showStatus();
        showBands(); // codings may have changed
    }

    @Override
    protected void projectChanged() {
        typed.setText("");
        open(null);
    }

    /** Loads a recording (null: none); playback starts paused at 0. */
    @Override
    public void open(MediaSource source) {
        if (source == media && source != null) {
            return;
        }
        media = source;
        playing = false;
        currentMs = 0;
        resumeMs = -1;
        inMs = -1;
        outMs = -1;
        durationMs = source == null ? 0 : source.getDurationMs();
        if (source != null && store() != null) {
            store().load(source); // its codings, drawn on the timeline
        }
        markers = List.of();
        if (player != null) {
            Path file = source == null ? null : file(source);
            if (file != null && Files.isRegularFile(file)) {
                browserProblem = player.load(store().originals(), file, source instanceof AudioSource);
            } else {
                player.clear();
            }
        }
        timeline.setDuration(media == null ? 0 : durationMs);
        showBands();
        showPeaks();
        showStatus();
        showTime();
        showRange();
    }

    public MediaSource media() {
        return media;
    }

    @Override
    public void playSegment(MediaSource recording, long startMs, long endMs) {
        open(recording);
        setIn(startMs);
        setOut(endMs);
        seek(startMs);
        if (isPlayable() && !playing) {
            player.play();
        }
    }

    /** The waveform of the open recording: its stored peaks, or computed now in a job (and kept) when never computed. */
    private void showPeaks() {
        if (timeline.isDisposed()) {
            return;
        }
        float[] levels = media == null ? null : Waveform.levels(media);
        timeline.setPeaks(levels);
        if (media == null) {
            timeline.setToolTipText(null);
        } else if (levels != null) {
            timeline.setToolTipText(Messages.MediaPlayerView_waveformTip);
        } else if (Waveform.computed(media)) {
            timeline.setToolTipText(NLS.bind(Messages.MediaPlayerView_noWaveform, Waveform.problem(media)));
        } else if (file(media) == null || !Files.isRegularFile(file(media))) {
            timeline.setToolTipText(NLS.bind(Messages.MediaPlayerView_missing, media.getName(), media.getStoredPath()));
        } else {
            timeline.setToolTipText(NLS.bind(Messages.MediaPlayerView_waveformComputing, media.getName()));
            computePeaks(media, file(media), store());
        }
    }

    /** Decodes a recording's sound in a job (cancellable), then keeps its peaks with it (no undo step) and shows them. */
    private void computePeaks(MediaSource source, Path file, ProjectStore project) {
        Job job = Job.create(NLS.bind(Messages.MediaPlayerView_waveformJob, source.getName()), monitor -> {
            monitor.beginTask(NLS.bind(Messages.MediaPlayerView_waveformJob, source.getName()), IProgressMonitor.UNKNOWN);
            Waveform.Result result;
            try {
                result = Waveform.compute(project.originals(), file, monitor::isCanceled);
            } catch (java.util.concurrent.CancellationException e) {
                return Status.CANCEL_STATUS;
            }
            var display = timeline.isDisposed() ? null : timeline.getDisplay();
            if (display != null) {
                display.asyncExec(() -> peaksComputed(source, project, result));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(false);
        job.schedule();
    }

    private void peaksComputed(MediaSource source, ProjectStore project, Waveform.Result result) {
        if (timeline.isDisposed() || project != store() || !InProject.holds(project.project(), source)) {
            return;
        }
        if (!result.notInstalled() && !project.isReadOnly()) {
            project.keepDerived("keep the waveform of " + source.getName(), () -> Waveform.keep(source, result));
        }
        if (source == media) {
            if (result.peaks() == null) {
                timeline.setPeaks(null);
                timeline.setToolTipText(NLS.bind(Messages.MediaPlayerView_noWaveform, result.problem()));
            } else {
                showPeaks();
            }
        }
    }

    /** The waveform the timeline draws (null: none), e.g. for a test. */
    public float[] peaks() {
        return media == null ? null : Waveform.levels(media);
    }

    /**
     * Where the open recording is streamed from when it is encrypted (a loopback address with its token), null when
     * it is played from its file; e.g. for a test.
     */
    public java.net.URI streamedFrom() {
        return player == null ? null : player.streamed();
    }

    /** Whether the Browser reported the file loaded and playable. */
    public boolean isPlayable() {
        return player != null && player.playable();
    }

    @Override
    public long currentMs() {
        return currentMs;
    }

    public long durationMs() {
        return durationMs;
    }

    /** The marked range [in, out]; when only one end is set, a moment at that time; null when none is set. */
    public Moment range() {
        if (inMs < 0 && outMs < 0) {
            return null;
        }
        long start = inMs >= 0 ? inMs : outMs;
        long end = outMs >= 0 ? outMs : inMs;
        return new Moment(Math.min(start, end), Math.max(start, end));
    }

    public void setIn(long ms) {
        inMs = clamp(ms);
        showRange();
    }

    public void setOut(long ms) {
        outMs = clamp(ms);
        showRange();
    }

    /** Evidence moments (and other coded ranges) drawn on the timeline. */
    public void setMarkers(List<Moment> moments) {
        markers = List.copyOf(moments);
        if (!timeline.isDisposed()) {
            showBands();
        }
    }

    /** Moves the playhead; the media element follows when it can play. */
    @Override
    public void seek(long ms) {
        currentMs = clamp(ms);
        if (player != null) {
            player.seek(currentMs);
        }
        showTime();
        fireTime();
    }

    public void addTimeListener(LongConsumer listener) {
        timeListeners.add(listener);
    }

    public void removeTimeListener(LongConsumer listener) {
        timeListeners.remove(listener);
    }

    private long frameMs() {
        double fps = media instanceof VideoSource v && v.getFrameRate() > 0 ? v.getFrameRate() : 25;
        return Math.max(1, Math.round(1000 / fps));
    }

    private long clamp(long ms) {
        return Math.max(0, durationMs > 0 ? Math.min(ms, durationMs) : ms);
    }

    /** {@code text} as a time ({@code hh:mm:ss.mmm}); empty after the status line said why it is not one. */
    OptionalLong parseTime(String text) {
        try {
            return OptionalLong.of(TimeCodes.parse(text));
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return OptionalLong.empty();
        }
    }

    /** Puts the cursor in the time box, where a time is typed and Enter goes there. */
    void focusTime() {
        typed.setFocus();
        typed.selectAll();
    }

    private void onTime(long ms, boolean paused) {
        currentMs = ms;
        playing = !paused;
        if (!play.isDisposed()) {
            play.setText(playing ? Messages.MediaPlayerView_pause : Messages.MediaPlayerView_play);
        }
        showTime();
        fireTime();
    }

    private void onReady(long duration) {
        if (duration > 0) {
            durationMs = duration;
            timeline.setDuration(durationMs);
        }
        if (resumeMs > 0) {
            seek(resumeMs);
        }
        resumeMs = -1;
        showStatus();
        showTime();
    }

    private void onMediaError(String reason) {
        browserProblem = NLS.bind(Messages.MediaPlayerView_cannotPlay, media.getName(), reason);
        showStatus();
    }

    private void fireTime() {
        timeListeners.forEach(l -> l.accept(currentMs));
    }

    private void showStatus() {
        if (status == null || status.isDisposed()) {
            return;
        }
        String text;
        if (media == null) {
            text = store() == null ? Messages.MediaPlayerView_openProject : Messages.MediaPlayerView_noRecording;
        } else if (file(media) == null || !Files.isRegularFile(file(media))) {
            text = NLS.bind(Messages.MediaPlayerView_missing, media.getName(), media.getStoredPath());
        } else if (player == null || browserProblem != null) {
            text = (browserProblem == null ? "" : browserProblem + " ") + Messages.MediaPlayerView_typeTimes;
        } else {
            text = isPlayable() ? media.getName() : NLS.bind(Messages.MediaPlayerView_loading, media.getName());
        }
        status.setText(text);
        status.getParent().layout(true);
    }

    private void showTime() {
        if (!time.isDisposed()) {
            time.setText(TimeCodes.format(currentMs) + " / " + TimeCodes.format(durationMs));
            time.getParent().layout(true);
            timeline.setPosition(currentMs);
        }
    }

    private void showRange() {
        if (range.isDisposed()) {
            return;
        }
        range.setText(NLS.bind(Messages.MediaPlayerView_range, inMs < 0 ? "-" : TimeCodes.format(inMs), outMs < 0 ? "-" : TimeCodes.format(outMs)));
        range.getParent().layout(true);
        timeline.setRange(inMs < 0 && outMs < 0 ? -1 : range().startMs(), inMs < 0 && outMs < 0 ? -1 : range().endMs());
    }

    /** The timeline's bands: time-coded codes along the top in their code's colour, evidence moments below. */
    private void showBands() {
        List<Timeline.Band> bands = new ArrayList<>();
        if (media != null) {
            for (Coding coding : media.getCodings()) {
                if (coding.getSelection() instanceof TimeSelection t && coding.getCode() != null) {
                    int[] rgb = Colours.rgb(coding.getCode().getColour());
                    bands.add(new Timeline.Band(t.getStartMs(), t.getEndMs(), new RGB(rgb[0], rgb[1], rgb[2]), Timeline.Lane.TOP));
                }
            }
            for (Moment m : markers) {
                bands.add(new Timeline.Band(m.startMs(), m.endMs(), EVIDENCE.getRGB(), Timeline.Lane.BODY));
            }
        }
        timeline.setBands(bands);
    }

    private Path file(MediaSource source) {
        return store() == null ? null : store().originals().file(source);
    }

    @Override
    public void setFocus() {
        timeline.setFocus();
    }

    @Override
    public String getTitleToolTip() {
        return media == null ? Messages.MediaPlayerView_title : String.format(Locale.ROOT, "%s (%s)", media.getName(), TimeCodes.format(durationMs));
    }
}
