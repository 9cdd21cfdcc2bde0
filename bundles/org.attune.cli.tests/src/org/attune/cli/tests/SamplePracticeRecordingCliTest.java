package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.attune.model.MediaSource;
import org.attune.model.SyncPoint;
import org.attune.model.TextSource;
import org.attune.model.VideoSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code project sample} makes the practice recording with its time-coded transcript linked to it, and two
 * fictional raters' submitted VIG sheets of it that disagree on a few sub-items (issue #22: every perspective
 * shows something real at first start).
 */
class SamplePracticeRecordingCliTest {
    private static final String RECORDING = "P01 Practice review Anna";

    @TempDir
    Path tmp;

    @Test
    void theSampleHoldsThePracticeRecordingItsTranscriptAndTwoRatersSheets() throws Exception {
        Path sample = tmp.resolve("sample");
        Run made = cli("project", "sample", sample.toString());
        assertEquals(Cli.OK, made.exitCode(), made.out() + made.err());
        assertTrue(made.out().contains("9 sources, 6 cases"), made.out()); // with the picture of the sand tableau

        Run info = cli("project", "info", sample.toString(), "--json");
        assertEquals(9, info.json().get("sources").getAsInt(), info.out());
        assertEquals(6, info.json().get("cases").getAsInt(), info.out());

        Run list = CliTest.ok("ratings", "sheet", "list", sample.toString(), "--as", "Ruth", "--json");
        JsonArray sheets = JsonParser.parseString(list.out()).getAsJsonArray();
        assertEquals(2, sheets.size(), list.out());
        List<String> raters = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (JsonElement e : sheets) {
            JsonObject sheet = e.getAsJsonObject();
            assertEquals(RECORDING, sheet.get("recording").getAsString());
            assertEquals("submitted", sheet.get("status").getAsString().toLowerCase(java.util.Locale.ROOT));
            JsonObject progress = sheet.getAsJsonObject("progress");
            assertEquals(52, progress.get("scorable").getAsInt(), list.out());
            assertEquals(52, progress.get("done").getAsInt(), list.out());
            raters.add(sheet.get("rater").getAsString());
            ids.add(sheet.get("id").getAsString());
        }
        assertEquals(List.of("Nora Hale", "Sam Ortiz"), raters.stream().sorted().toList());

        Run compare = CliTest.ok("ratings", "compare", sample.toString(), "--as", "Ruth", "--sheets", String.join(",", ids), "--json");
        JsonArray rows = JsonParser.parseString(compare.out()).getAsJsonArray();
        assertEquals(52, rows.size());
        long disagreements = 0;
        for (JsonElement e : rows) {
            disagreements += e.getAsJsonObject().get("disagree").getAsBoolean() ? 1 : 0;
        }
        assertTrue(disagreements >= 3 && disagreements <= 10, "a few disagreements, not " + disagreements);

        try (ProjectStore store = ProjectStore.open(sample, OpenOptions.of("cli test").withBackups(false).withReadOnly(true))) {
            MediaSource recording = store.project().getSources().stream().filter(MediaSource.class::isInstance)
                    .map(MediaSource.class::cast).findFirst().orElseThrow();
            assertEquals(RECORDING, recording.getName());
            assertTrue(recording instanceof VideoSource, recording.eClass().getName());
            assertTrue(recording.getDurationMs() >= 30_000 && recording.getDurationMs() <= 60_000, "" + recording.getDurationMs());
            Path file = sample.resolve(recording.getStoredPath());
            assertTrue(Files.size(file) > 10_000 && Files.size(file) < 600_000, file + ": " + Files.size(file));
            TextSource transcript = store.project().getSources().stream().filter(TextSource.class::isInstance)
                    .map(TextSource.class::cast).filter(s -> RECORDING.equals(s.getName())).findFirst().orElseThrow();
            store.load(transcript);
            assertEquals(recording, transcript.getMedia());
            assertEquals(10, transcript.getTurns().size());
            List<SyncPoint> sync = transcript.getSyncPoints();
            assertEquals(10, sync.size());
            assertTrue(sync.get(sync.size() - 1).getTimeMs() < recording.getDurationMs());
            String text = store.text(transcript);
            int brick = text.codePointCount(0, text.indexOf("hands you the brick"));
            SyncPoint before = sync.stream().filter(p -> p.getOffset() <= brick).reduce((a, b) -> b).orElse(null);
            assertNotNull(before);
            assertEquals(9_000, before.getTimeMs(), "the brick line is spoken from 0:09");
            assertTrue(transcript.getTurns().stream().anyMatch(t -> t.getCase() != null && "Anna".equals(t.getCase().getName())));
        }
    }
}
