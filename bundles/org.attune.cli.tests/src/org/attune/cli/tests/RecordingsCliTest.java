package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.attune.importer.media.Waveform;
import org.attune.model.MediaSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code recordings peaks}: the sample's practice recording has its waveform from import, and gets the same again. */
class RecordingsCliTest {
    private static final String RECORDING = "P01 Practice review Anna";

    @Test
    void peaksAreComputedAgainAndKept(@TempDir Path tmp) throws Exception {
        Path sample = tmp.resolve("sample");
        Run made = cli("project", "sample", sample.toString());
        assertEquals(Cli.OK, made.exitCode(), made.out() + made.err());
        float[] imported;
        try (ProjectStore store = ProjectStore.open(sample, OpenOptions.of("cli test").withBackups(false).withReadOnly(true))) {
            MediaSource recording = (MediaSource) store.project().getSources().stream().filter(s -> s.getName().equals(RECORDING))
                    .findFirst().orElseThrow();
            imported = Waveform.levels(recording);
            assertNotNull(imported, "peaks computed at import");
        }

        Run peaks = cli("recordings", "peaks", sample.toString(), "--source", RECORDING, "--json");
        assertEquals(Cli.OK, peaks.exitCode(), peaks.out() + peaks.err());
        JsonObject row = JsonParser.parseString(peaks.out()).getAsJsonObject().getAsJsonArray("recordings").get(0).getAsJsonObject();
        assertEquals(RECORDING, row.get("source").getAsString());
        assertEquals(imported.length, row.get("peaks").getAsInt(), peaks.out());
        try (ProjectStore store = ProjectStore.open(sample, OpenOptions.of("cli test").withBackups(false).withReadOnly(true))) {
            MediaSource recording = (MediaSource) store.project().getSources().stream().filter(s -> s.getName().equals(RECORDING))
                    .findFirst().orElseThrow();
            assertArrayEquals(imported, Waveform.levels(recording), "the same peaks again");
        }

        Run text = cli("recordings", "peaks", sample.toString(), "--source", "Interview 1");
        assertNotEquals(Cli.OK, text.exitCode());
        assertTrue(text.err().contains("is not a recording") || text.err().contains("no source named"), text.err());
        assertTrue(!text.err().contains("\tat "), "no stack trace: " + text.err());
    }
}
