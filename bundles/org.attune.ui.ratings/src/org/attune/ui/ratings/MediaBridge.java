package org.attune.ui.ratings;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Java never waits for the page: {@code Browser.execute} waits for the script's end (on WebKitGTK up to 10 s, e.g. when
 * {@code play()} waits for a sound device that is not there, as on a machine without a sound card), and would hold the
 * UI thread that long. Play, pause, seek and rate are queued instead, and the page fetches them itself every
 * {@value #POLL_MS} ms through a callback ({@code attuneNext}) that returns at once.
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
    }

    private final Browser browser;
    private Path page;
    /** Plays encrypted recordings; started at the first, stopped with the player. */
    private OriginalsServer stream;
    /** The address of the recording streamed now. */
    private URI served;
    private boolean playable;
    /** Commands for the page, fetched by it ({@code attuneNext}): "play", "pause", "seek 12.5", "rate 1.25". */
    private final java.util.List<String> pending = new java.util.ArrayList<>();
    static final int POLL_MS = 40;

    /** The Browser in {@code parent}; an SWTError when there is no usable browser engine. */
    MediaBridge(Composite parent, Events events) throws SWTError {
        browser = new Browser(parent, SWT.NONE);
        new Callback(browser, "attuneTime", args -> events.time(number(args, 0), Boolean.TRUE.equals(args[1])));
        new Callback(browser, "attuneReady", args -> {
            playable = true;
            events.ready(number(args, 0));
        });
        new Callback(browser, "attuneError", args -> {
            playable = false;
            events.error(String.valueOf(args[0]));
        });
        new NextCommands(browser);
        browser.addListener(SWT.Dispose, e -> {
            deletePage();
            stopStream();
        });
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
        pending.clear();
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
        pending.clear();
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
                m.addEventListener('seeked',t);
                setInterval(function(){var c=attuneNext();if(!c){return;}c.split(';').forEach(function(x){var a=x.split(' ');
                  if(a[0]=='play'){var p=m.play();if(p&&p.catch){p.catch(function(){});}}
                  else if(a[0]=='pause'){m.pause();}else if(a[0]=='seek'){m.currentTime=+a[1];}else if(a[0]=='rate'){m.playbackRate=+a[1];}});},POLL);
                m.addEventListener('loadedmetadata',function(){attuneReady(m.duration*1000);});
                m.addEventListener('error',function(){var e=m.error;
                  attuneError((e?['','aborted','network error','cannot decode','format not supported'][e.code]:'unknown')
                    +(e&&e.message?': '+e.message:''));});
                </script></body></html>
                """.replace("ELEMENT", audio ? "audio" : "video").replace("SRC", src).replace("POLL", Integer.toString(POLL_MS));
    }

    void play() {
        command("play");
    }

    void pause() {
        command("pause");
    }

    void seek(long ms) {
        pending.removeIf(c -> c.startsWith("seek ")); // only the last seek counts
        command("seek " + ms / 1000.0);
    }

    void rate(double rate) {
        command("rate " + rate);
    }

    /** Queues {@code command} for the page, which fetches it within {@value #POLL_MS} ms: nothing here waits for the page. */
    private void command(String command) {
        if (!browser.isDisposed() && playable) {
            pending.add(command);
        }
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

    /** The page's fetch of the queued commands, joined by ';' (null: none); returns at once. */
    private final class NextCommands extends BrowserFunction {
        NextCommands(Browser browser) {
            super(browser, "attuneNext");
        }

        @Override
        public Object function(Object[] arguments) {
            if (pending.isEmpty()) {
                return null;
            }
            String commands = String.join(";", pending);
            pending.clear();
            return commands;
        }
    }

    /** A JavaScript function calling back into Java on the UI thread. */
    private static final class Callback extends BrowserFunction {
        private final Consumer<Object[]> action;

        Callback(Browser browser, String name, Consumer<Object[]> action) {
            super(browser, name);
            this.action = action;
        }

        @Override
        public Object function(Object[] arguments) {
            action.accept(arguments);
            return null;
        }
    }
}
