package org.attune.importer.tests;

import static org.attune.importer.ImportOutcome.Status.IMPORTED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.attune.importer.ImportOptions;
import org.attune.importer.ImportOutcome;
import org.attune.importer.ImportProgress;
import org.attune.importer.ImportReport;
import org.attune.importer.Importer;
import org.attune.importer.media.Waveform;
import org.attune.model.AudioSource;
import org.attune.model.MediaSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recording's waveform: peaks decoded at import (FFmpeg) show where a generated tone is loud and where it is silent,
 * are kept with the source across reopening, and a recording whose sound cannot be decoded is imported with the
 * reason it has no waveform, losing nothing else of the batch.
 */
class WaveformTest {
    private static final OpenOptions OPEN = OpenOptions.of("import test").withBackups(false);
    private static final int RATE = 16_000;

    /** 8 s of 16-bit mono PCM (written by the JDK): a 440 Hz tone in 0-2 s and 4-6 s, silence in 2-4 s and 6-8 s. */
    static Path toneWithGaps(Path file) throws Exception {
        int samples = 8 * RATE;
        ByteBuffer pcm = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < samples; i++) {
            double t = (double) i / RATE;
            boolean loud = t < 2 || t >= 4 && t < 6;
            pcm.putShort((short) (loud ? Math.round(0.8 * 32767 * Math.sin(2 * Math.PI * 440 * t)) : 0));
        }
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm.array()), format, samples)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }

    /** The level of the slice of {@code levels} (spread evenly over 8 s) at {@code ms}. */
    private static float at(float[] levels, long ms) {
        return levels[(int) Math.min(levels.length - 1, ms * levels.length / 8000)];
    }

    private static void assertLoudAndQuiet(float[] levels) {
        assertNotNull(levels, "peaks");
        assertTrue(levels.length >= 100, "at least one slice per 80 ms: " + levels.length);
        for (long ms = 200; ms < 8000; ms += 100) {
            boolean loud = ms % 4000 < 2000;
            boolean nearEdge = ms % 2000 < 150 || ms % 2000 > 1850;
            if (nearEdge) {
                continue;
            }
            float level = at(levels, ms);
            if (loud) {
                assertTrue(level > 0.6f, "loud at " + ms + " ms: " + level);
            } else {
                assertTrue(level < 0.02f, "quiet at " + ms + " ms: " + level);
            }
        }
    }

    @Test
    void peaksShowTheLoudAndQuietPartsAtTheirTimesAndAreKept(@TempDir Path tmp) throws Exception {
        Path tone = toneWithGaps(tmp.resolve("diary-1.wav"));
        Path project = tmp.resolve("project");
        float[] imported;
        try (ProjectStore store = ProjectStore.create(project, "Diaries", OPEN)) {
            ImportReport report = new Importer(store, ImportOptions.defaults()).importAll(List.of(tone), ImportProgress.NONE);
            assertEquals(IMPORTED, report.outcomes().get(0).status(), report.toString());
            AudioSource diary = (AudioSource) store.project().getSources().get(0);
            imported = Waveform.levels(diary);
            assertLoudAndQuiet(imported);
            assertNull(Waveform.problem(diary));
            assertTrue(Waveform.computed(diary));
        }
        try (ProjectStore store = ProjectStore.open(project, OPEN)) {
            MediaSource diary = (MediaSource) store.project().getSources().get(0);
            assertArrayEquals(imported, Waveform.levels(diary), "the same peaks after reopening");
        }
    }

    @Test
    void computedDirectlyTheSameAndCancelStopsIt(@TempDir Path tmp) throws Exception {
        Path tone = toneWithGaps(tmp.resolve("tone.wav"));
        Waveform.Result decoded = Waveform.compute(tone, () -> false);
        assertNull(decoded.problem());
        float[] levels = new float[decoded.peaks().length];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = (decoded.peaks()[i] & 0xff) / 255f;
        }
        assertLoudAndQuiet(levels);
        assertThrows(CancellationException.class, () -> Waveform.compute(tone, () -> true));
    }

    @Test
    void aRecordingWhoseSoundCannotBeDecodedIsImportedWithTheReasonAndNothingElseIsLost(@TempDir Path tmp) throws Exception {
        // a WAV that says its data is MP3 but holds noise: its header reads well, its sound does not decode
        byte[] noise = new byte[40_000];
        new Random(5).nextBytes(noise);
        ByteArrayOutputStream wav = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt(36 + noise.length).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 0x55).putShort((short) 1).putInt(8000).putInt(1000).putShort((short) 1).putShort((short) 0)
                .put("data".getBytes()).putInt(noise.length);
        wav.write(header.array());
        wav.write(noise);
        Path broken = Files.write(tmp.resolve("broken.wav"), wav.toByteArray());
        Path tone = toneWithGaps(tmp.resolve("diary-2.wav"));
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Diaries", OPEN)) {
            ImportReport report = new Importer(store, ImportOptions.defaults()).importAll(List.of(broken, tone), ImportProgress.NONE);
            ImportOutcome bad = report.outcomes().stream().filter(o -> o.file().equals(broken)).findFirst().orElseThrow();
            ImportOutcome good = report.outcomes().stream().filter(o -> o.file().equals(tone)).findFirst().orElseThrow();
            assertEquals(IMPORTED, good.status(), report.toString());
            if (bad.status() == IMPORTED) {
                assertTrue(bad.detail().contains("no waveform: FFmpeg could not decode its sound ("), bad.detail());
                MediaSource source = (MediaSource) store.project().getSources().stream().filter(s -> s.getName().equals("broken"))
                        .findFirst().orElseThrow();
                assertNull(Waveform.levels(source), "no peaks");
                assertTrue(Waveform.problem(source).startsWith("FFmpeg could not decode its sound"), Waveform.problem(source));
                assertEquals(2, store.project().getSources().size());
            } else { // refused by its probe: said in one line, and the other file is imported all the same
                assertTrue(!bad.detail().isBlank() && !bad.detail().contains("\n"), bad.detail());
                assertEquals(1, store.project().getSources().size());
            }
            MediaSource diary = (MediaSource) store.project().getSources().stream().filter(s -> s.getName().equals("diary-2"))
                    .findFirst().orElseThrow();
            assertLoudAndQuiet(Waveform.levels(diary));
        }
    }
}
