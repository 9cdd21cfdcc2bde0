package org.attune.ui.ratings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.attune.importer.ImportOptions;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.model.MediaSource;
import org.attune.store.OpenOptions;
import org.attune.store.Originals;
import org.attune.store.ProjectStore;
import org.attune.testsupport.FileScan;
import org.attune.ui.IProjectSession;
import org.attune.ui.ratings.MediaPlayerView;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recording of an encrypted project (#20) is copied in encrypted, and the Media Player plays it from the loopback
 * stream: it gets to playing and seeks; the stream answers its token only and stops with the player; no run of the
 * recording lies unencrypted in the project folder, the temporary folder or the Browser's.
 */
class EncryptedPlayerUiTest {
    private static final Path RECORDING = Path.of("/work/shared/reference/media/video/fixture-null.webm");

    @AfterEach
    void closeTheProject() {
        CleanWorkbench.closeEverything();
    }

    @Test
    void anEncryptedRecordingPlaysAndSeeksFromTheLoopbackStreamOnly(@TempDir Path tmp) throws Exception {
        ProjectStore store = ProjectStore.create(tmp.resolve("study"), "Encrypted study", OpenOptions.of(IProjectSession.HOLDER)
                .withBackups(false).withPassphrase("heron at dusk".toCharArray()));
        new Importer(store, ImportOptions.defaults()).importAll(List.of(RECORDING), ImportProgress.NONE);
        MediaSource video = (MediaSource) store.project().getSources().get(0);
        Path copy = store.originals().file(video);
        assertTrue(copy.startsWith(store.folder()) && Originals.isEncrypted(copy), "copied in, encrypted: " + copy);
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).open(store));

        UiThread.run(() -> MediaPlayerView.show().open(video));
        MediaPlayerView player = UiThread.call(MediaPlayerView::find);
        UiThread.waitUntil("the encrypted recording loaded", player::isPlayable, Duration.ofSeconds(60));
        URI streamed = UiThread.call(player::streamedFrom);
        assertNotNull(streamed, "played from the loopback stream, not from a file");
        assertEquals("127.0.0.1", streamed.getHost());
        assertTrue(UiThread.call(player::durationMs) > 4000, "the recording's duration: " + UiThread.call(player::durationMs));

        UiThread.run(player::togglePlay);
        UiThread.waitUntil("playing", () -> player.isPlaying() && player.currentMs() > 400, Duration.ofSeconds(30));
        UiThread.run(player::togglePlay);
        UiThread.run(() -> player.seek(3000));
        UiThread.waitUntil("seeked to 0:03", () -> Math.abs(player.currentMs() - 3000) < 200, Duration.ofSeconds(30));
        UiThread.run(player::togglePlay);
        UiThread.waitUntil("playing on from 0:03", () -> player.currentMs() > 3300, Duration.ofSeconds(30));
        UiThread.run(player::togglePlay);
        UiThread.flush();
        Screenshots.capture(RatingUiTest.SCREENSHOTS.resolve("encrypted-player.png"));

        HttpClient client = HttpClient.newBuilder().proxy(java.net.ProxySelector.of(null)).build();
        URI wrongToken = URI.create(streamed.toString().replaceFirst("/[0-9a-f]{32}/", "/" + "f".repeat(32) + "/"));
        assertEquals(404, client.send(HttpRequest.newBuilder(wrongToken).build(), HttpResponse.BodyHandlers.discarding()).statusCode());

        assertEquals(206, client.send(HttpRequest.newBuilder(streamed).header("Range", "bytes=0-99").build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "the token answers while the recording is open");
        UiThread.run(() -> player.open(null));
        assertEquals(404, client.send(HttpRequest.newBuilder(streamed).build(), HttpResponse.BodyHandlers.discarding()).statusCode(),
                "its token is refused once the recording is closed");
        UiThread.run(() -> player.getSite().getPage().hideView(player));
        assertThrows(IOException.class, () -> client.send(HttpRequest.newBuilder(streamed).build(), HttpResponse.BodyHandlers.discarding()),
                "the stream stopped with the player");
        CleanWorkbench.closeEverything();

        List<byte[]> runs = FileScan.runs(Files.readAllBytes(RECORDING), 12, 64);
        assertTrue(runs.size() >= 6, "distinctive runs of the recording");
        Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        assertTrue(temporary.endsWith("target"), "the tests' own temporary folder (pom.xml), not one other builds share: " + temporary);
        assertEquals(List.of(), FileScan.holdingAny(tmp.resolve("study"), runs), "the project folder");
        assertEquals(List.of(), FileScan.holdingAny(temporary, runs), "the temporary folder and the Browser's (TMPDIR, XDG_CACHE_HOME)");
    }
}
