package org.attune.ui.ratings;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.attune.store.Originals;
import org.attune.store.OriginalsServer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.widgets.Composite;

/**
 * The player bridge: an HTML5 media element in SWT's Browser (WebKitGTK on Linux) driven from Java — play, pause,
 * seek, rate — and reporting back its time, its readiness and its errors on the UI thread. It knows nothing of
 * projects or timelines; {@link MediaPlayerView} wires it to them.
 * <p>
 * Java never calls into a page that does not answer. {@code Browser.execute} waits for the page to run the script
 * (WebKitGTK: up to a fixed 10 s, turning the event loop meanwhile), so a page whose script hangs would hold the
 * caller that long at every Play, seek or rate change. The page therefore gives a sign of life every
 * {@value #HEARTBEAT_MS} ms ({@code attuneAlive}; its time, ready and error reports count too); a command is sent only
 * while the last sign is younger than {@value #QUIET_MS} ms, and its script only schedules the work in the page
 * ({@code setTimeout}), so that a {@code play()} that then waits for a sound device holds the page, not Attune.
 * Commands given while the page is quiet, or from one of its callbacks (the page waits for those to return), wait (the
 * last of each kind) and go when it answers again, or once the callback has returned; after
 * {@value #SILENT_MS} ms of silence {@link Events#answering} tells the view, which says so and offers
 * {@link #reload}: a new browser (and so a new page process) with the same recording.
 */
final class MediaBridge {
    /** What the media element reports (on the UI thread). */
    interface Events {
        /** The current time, after playing on, a seek, play or pause. */
        void time(long ms, boolean paused);

        /** The file is loaded and playable; its duration (0 if the element does not know it). */
        void ready(long durationMs);

        /** The file cannot be played, and why. */
        void error(String reason);

        /** The page stopped answering (no sign of life for {@value MediaBridge#SILENT_MS} ms), or answers again. */
        void answering(boolean answering);
    }

    /** How often the page gives a sign of life. */
    static final int HEARTBEAT_MS = 250;
    /** A page silent this long is not called into; commands wait for its next sign of life. */
    static final long QUIET_MS = 1_500;
    /** A page silent this long is reported as not answering. */
    static final long SILENT_MS = 3_000;

    private final Composite parent;
    private final Events events;
    private Browser browser;
    private Path page;
    /** Plays encrypted recordings; started at the first, stopped with the player. */
    private OriginalsServer stream;
    /** The address of the recording streamed now. */
    private URI served;
    private boolean playable;
    /** What was loaded last (null: nothing), for {@link #reload}. */
    private Originals loadedFrom;
    private Path loadedFile;
    private boolean loadedAudio;
    /** {@link System#nanoTime} of the page's last sign of life (or of its load); its silence is watched while {@link #loadedFile} is set. */
    private long lastSign;
    private boolean answering = true;
    /** The scripts of commands given while the page was quiet, by kind ("play", "seek", "rate"): the last of each. */
    private final Map<String, String> waiting = new LinkedHashMap<>();
    /** The seeks given, numbered; whether the page has not reported the last done ({@code seeked}), and its time. */
    private long seeks;
    private boolean seekPending;
    private long seekTarget;

    /** Whether a callback of the page runs now: the page waits for it, so a script sent now would wait 10 s for the page. */
    private boolean inCallback;

    /** The Browser in {@code parent}; an SWTError when there is no usable browser engine. */
    MediaBridge(Composite parent, Events events) throws SWTError {
        this.parent = parent;
        this.events = events;
        browser = newBrowser();
        // the parent's Dispose comes before the Browser's, whose closing would ask the page first (onbeforeunload)
        parent.addListener(SWT.Dispose, e -> closeWithoutAsking(browser));
        watch();
    }

    /**
     * Lets {@code closing} be disposed without asking its page: SWT's WebKit runs the page's {@code onbeforeunload}
     * first, waiting up to 10 s for a page that hangs, unless JavaScript is off (the player's page has no such handler).
     */
    private static void closeWithoutAsking(Browser closing) {
        if (!closing.isDisposed()) {
            closing.setJavascriptEnabled(false);
        }
    }

    /** A Browser in the parent with the page's callbacks; each counts as a sign of life. */
    private Browser newBrowser() {
        Browser created = new Browser(parent, SWT.NONE);
        new Callback(created, "attuneTime", args -> time(number(args, 0), Boolean.TRUE.equals(args[1]), args.length > 2 ? number(args, 2) : -1));
        new Callback(created, "attuneReady", args -> {
            playable = true;
            events.ready(number(args, 0));
        });
        new Callback(created, "attuneError", args -> {
            playable = false;
            events.error(String.valueOf(args[0]));
        });
        new Callback(created, "attuneAlive", args -> {
        });
        created.addListener(SWT.Dispose, e -> {
            deletePage();
            stopStream();
        });
        return created;
    }

    /**
     * Every {@value #HEARTBEAT_MS} ms on the UI thread: tells the view when the page stops or starts answering, and
     * sends the commands that waited once it answers. Never from a callback: the page waits for those to return.
     */
    private void watch() {
        if (parent.isDisposed()) {
            return;
        }
        long silent = loadedFile == null ? 0 : (System.nanoTime() - lastSign) / 1_000_000;
        boolean answers = silent < SILENT_MS;
        if (answers != answering) {
            answering = answers;
            events.answering(answers);
        }
        if (silent < QUIET_MS) {
            sendWaiting();
        }
        parent.getDisplay().timerExec(HEARTBEAT_MS, this::watch);
    }

    /** Sends the commands that waited (on the UI thread, outside any callback). */
    private void sendWaiting() {
        if (!waiting.isEmpty() && !inCallback && !browser.isDisposed()) {
            String scripts = String.join(";", waiting.values());
            waiting.clear();
            run(scripts);
        }
    }

    /** Whether the page gave a sign of life lately (true when no recording is loaded). */
    boolean answering() {
        return answering;
    }

    /**
     * Replaces the browser by a new one (a new page process: the old page may be hung) and loads the same recording
     * again, paused at 0. Returns why it cannot, or null.
     */
    String reload() {
        Browser old = browser;
        Object layout = old.getLayoutData();
        Originals from = loadedFrom;
        Path file = loadedFile;
        browser = newBrowser();
        browser.setLayoutData(layout);
        browser.moveAbove(old);
        closeWithoutAsking(old);
        old.dispose();
        parent.layout(true, true);
        if (file == null) {
            clear();
            return null;
        }
        return load(from, file, loadedAudio);
    }

    Browser control() {
        return browser;
    }

    /** Whether the element reported the file loaded and playable. */
    boolean playable() {
        return playable;
    }

    /** Shows no recording (a dark page). */
    void clear() {
        playable = false;
        loaded(null, null, false);
        revoke();
        browser.setText("<html><body style='background:#222'></body></html>");
    }

    /**
     * Loads a recording, paused at 0, in a small page in a temporary file (a file:// page may load a file://
     * recording). Returns why it cannot, or null.
     */
    String load(Path file, boolean audio) {
        return load(Originals.plainFiles(), file, audio);
    }

    /**
     * Loads a recording of a project, read through its {@code originals}: an encrypted one is played from a loopback
     * stream ({@link OriginalsServer}, 127.0.0.1 only, a new random token for each file, Range requests for seeking),
     * the page with it, so that no plaintext of it is written anywhere; the stream stops with the player.
     */
    String load(Originals originals, Path file, boolean audio) {
        playable = false;
        loaded(originals, file, audio);
        revoke();
        boolean sealed;
        try {
            sealed = originals.encrypted() && Originals.isEncrypted(file);
        } catch (IOException e) {
            return NLS.bind(Messages.MediaPlayerView_noPage, e.getMessage());
        }
        if (sealed) {
            try {
                if (stream == null) {
                    stream = OriginalsServer.start();
                }
                // preload="metadata": GStreamer keeps a stream preloaded whole ("auto") in a temporary file
                served = stream.serve(originals, file, page(audio, "media").replace("preload=\"auto\"", "preload=\"metadata\"")
                        .getBytes(StandardCharsets.UTF_8));
                deletePage();
                browser.setUrl(served.toString());
                return null;
            } catch (IOException e) {
                return NLS.bind(Messages.MediaPlayerView_noPage, e.getMessage());
            }
        }
        String html = page(audio, file.toUri().toString());
        try {
            deletePage();
            page = Files.createTempFile("attune-player", ".html");
            Files.writeString(page, html, StandardCharsets.UTF_8);
            browser.setUrl(page.toUri().toString());
            return null;
        } catch (IOException e) {
            return NLS.bind(Messages.MediaPlayerView_noPage, e.getMessage());
        }
    }

    /** Remembers what is loaded (for {@link #reload}); its page is watched from now, the commands of the last wait no more. */
    private void loaded(Originals originals, Path file, boolean audio) {
        loadedFrom = originals;
        loadedFile = file;
        loadedAudio = audio;
        lastSign = System.nanoTime();
        waiting.clear();
        seekPending = false;
    }

    /**
     * Reports the page's time, or the time of the last seek while the page has not done every seek sent: the page runs
     * the commands in tasks of its own, so a report it queued before a seek (a pause, a time update) may come after it
     * and would put the playhead back where it was. {@code seeked}: the number of the last seek the page was given
     * when it reported a seek done (-1: not such a report); a seek that the next one cut short reports nothing.
     */
    private void time(long ms, boolean paused, long seeked) {
        if (seeked == seeks) {
            seekPending = false;
        }
        events.time(seekPending ? seekTarget : ms, paused);
    }

    /** The address the open recording is streamed from (null: none, or a plain file played as it is). */
    URI streamed() {
        return served;
    }

    /** The loopback stream of encrypted recordings, once one was played (null before, and after the player closed). */
    OriginalsServer stream() {
        return stream;
    }

    private void revoke() {
        if (stream != null && served != null) {
            stream.revoke(served);
        }
        served = null;
    }

    private void stopStream() {
        if (stream != null) {
            stream.close();
            stream = null;
        }
        served = null;
    }

    private static String page(boolean audio, String src) {
        return """
                <!DOCTYPE html><html><head><meta charset="utf-8"><style>
                html,body{margin:0;height:100%;background:#111;color:#ddd;font:13px sans-serif}
                #m{width:100%;height:100%;object-fit:contain}
                </style></head><body>
                <ELEMENT id="m" preload="auto" src="SRC"></ELEMENT>
                <script>
                var m=document.getElementById('m');
                function t(){attuneTime(m.currentTime*1000,m.paused);}
                m.addEventListener('timeupdate',t);m.addEventListener('play',t);m.addEventListener('pause',t);
                var seek=0;m.addEventListener('seeked',function(){attuneTime(m.currentTime*1000,m.paused,seek);});
                setInterval(function(){attuneAlive();},HEARTBEAT);
                m.addEventListener('loadedmetadata',function(){attuneReady(m.duration*1000);});
                m.addEventListener('error',function(){var e=m.error;
                  attuneError((e?['','aborted','network error','cannot decode','format not supported'][e.code]:'unknown')
                    +(e&&e.message?': '+e.message:''));});
                </script></body></html>
                """.replace("ELEMENT", audio ? "audio" : "video")
                .replace("HEARTBEAT", Integer.toString(HEARTBEAT_MS)).replace("SRC", src);
    }

    void play() {
        command("play", "m.play()");
    }

    void pause() {
        command("play", "m.pause()");
    }

    void seek(long ms) {
        if (command("seek", "seek=" + (seeks + 1) + ";m.currentTime=" + ms / 1000.0)) {
            seeks++;
            seekTarget = ms;
            seekPending = true;
        }
    }

    void rate(double rate) {
        command("rate", "m.playbackRate=" + rate);
    }

    /**
     * Keeps the page's script busy for {@code ms} from now, as a page that hangs would: a test hook for the watch on
     * the page (the script only schedules the loop, so this call itself does not wait).
     */
    void hangForTest(long ms) {
        if (!browser.isDisposed()) {
            browser.execute("setTimeout(function(){var end=Date.now()+" + ms + ";while(Date.now()<end){}},0)");
        }
    }

    /**
     * Runs {@code js} (with {@code m} the media element) in the page if it answers lately, else when it answers again;
     * whether it will (false: no playable page).
     */
    private boolean command(String kind, String js) {
        if (browser.isDisposed() || !playable) {
            return false;
        }
        if (inCallback || (System.nanoTime() - lastSign) / 1_000_000 >= QUIET_MS) {
            waiting.remove(kind); // the last of each kind counts, after the others
            waiting.put(kind, js);
            return true;
        }
        run(js);
        return true;
    }

    /** Schedules {@code js} in the page: {@code execute} returns once it is scheduled, not when it has run. */
    private void run(String js) {
        browser.execute("setTimeout(function(){var m=document.getElementById('m');if(m){" + js + ";}},0)");
    }

    private void deletePage() {
        if (page != null) {
            try {
                Files.deleteIfExists(page);
            } catch (IOException e) {
                // a temporary file; the system cleans it up
            }
            page = null;
        }
    }

    private static long number(Object[] args, int i) {
        return args.length > i && args[i] instanceof Number n && Double.isFinite(n.doubleValue()) ? Math.round(n.doubleValue()) : 0;
    }

    /** A JavaScript function calling back into Java on the UI thread; a sign of the page's life. */
    private final class Callback extends BrowserFunction {
        private final Consumer<Object[]> action;

        Callback(Browser browser, String name, Consumer<Object[]> action) {
            super(browser, name);
            this.action = action;
        }

        @Override
        public Object function(Object[] arguments) {
            lastSign = System.nanoTime();
            inCallback = true;
            try {
                action.accept(arguments);
            } finally {
                inCallback = false;
            }
            if (!waiting.isEmpty()) { // commands given from the callback (e.g. a seek when ready) go once it has returned
                parent.getDisplay().asyncExec(() -> {
                    if (!parent.isDisposed()) {
                        sendWaiting();
                    }
                });
            }
            return null;
        }
    }
}
