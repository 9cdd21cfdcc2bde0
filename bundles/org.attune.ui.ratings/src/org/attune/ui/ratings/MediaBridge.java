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
                m.addEventListener('loadedmetadata',function(){attuneReady(m.duration*1000);});
                m.addEventListener('error',function(){var e=m.error;
                  attuneError((e?['','aborted','network error','cannot decode','format not supported'][e.code]:'unknown')
                    +(e&&e.message?': '+e.message:''));});
                </script></body></html>
                """.replace("ELEMENT", audio ? "audio" : "video").replace("SRC", src);
    }

    void play() {
        script("m.play()");
    }

    void pause() {
        script("m.pause()");
    }

    void seek(long ms) {
        script("m.currentTime=" + ms / 1000.0);
    }

    void rate(double rate) {
        script("m.playbackRate=" + rate);
    }

    private void script(String js) {
        if (!browser.isDisposed() && playable) {
            browser.execute("(function(){var m=document.getElementById('m');if(m){" + js + ";}})()");
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
