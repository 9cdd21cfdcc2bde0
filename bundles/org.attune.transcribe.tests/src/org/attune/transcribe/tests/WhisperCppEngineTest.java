package org.attune.transcribe.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.attune.importer.timed.Cue;
import org.attune.transcribe.SpeechEngine;
import org.attune.transcribe.TranscriptionException;
import org.attune.transcribe.WhisperCppEngine;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whisper.cpp engine's plumbing, against a stand-in executable that answers as whisper-cli does (this machine has
 * no whisper.cpp): the arguments it is given, the progress it reports, the SubRip file it writes read as utterances
 * without the marks of silence, its failure reported in one line, and Cancel killing it.
 */
class WhisperCppEngineTest {
    @TempDir
    Path tmp;

    /** A whisper-cli stand-in: checks its arguments, reports progress, writes OUT.srt; sleeps when the model is "slow". */
    private Path standIn() throws Exception {
        Path exe = tmp.resolve("whisper-cli");
        Files.writeString(exe, """
                #!/bin/sh
                while [ $# -gt 0 ]; do
                  case "$1" in
                    -m) model="$2"; shift;; -f) wav="$2"; shift;; -l) lang="$2"; shift;; -of) out="$2"; shift;;
                    -osrt|-pp) ;;
                    *) echo "error: unknown argument: $1" >&2; exit 2;;
                  esac
                  shift
                done
                [ -f "$model" ] || { echo "error: failed to load model '$model'" >&2; exit 3; }
                head -c 4 "$wav" | grep -q RIFF || { echo "error: not a WAV: $wav" >&2; exit 4; }
                case "$model" in *slow*) sleep 60;; esac
                case "$model" in *broken*) echo "whisper_init: invalid model data" >&2; exit 5;; esac
                echo "whisper_print_progress_callback: progress =  50%" >&2
                printf '1\\n00:00:00,000 --> 00:00:01,500\\n Hello there.\\n\\n2\\n00:00:01,500 --> 00:00:02,000\\n [BLANK_AUDIO]\\n\\n3\\n00:00:02,000 --> 00:00:03,250\\n Spoken in %s.\\n\\n' "$lang" > "$out.srt"
                echo "whisper_print_progress_callback: progress = 100%" >&2
                """);
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        return exe;
    }

    @Test
    void readsTheSegmentsWhisperWritesAndReportsItsProgress() throws Exception {
        Path model = Files.writeString(tmp.resolve("ggml-base.bin"), "model");
        SpeechEngine engine = new WhisperCppEngine(standIn(), model);
        assertNull(engine.unavailable());
        List<Integer> worked = new ArrayList<>();
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public void worked(int work) {
                worked.add(work);
            }
        };
        List<Cue> cues = engine.transcribe(Speech.spoken("Hello there.", tmp.resolve("clip.wav")), "de", monitor);
        assertEquals(List.of(new Cue(0, 1500, null, "Hello there."), new Cue(2000, 3250, null, "Spoken in de.")), cues);
        assertTrue(worked.stream().mapToInt(Integer::intValue).sum() > 0, "progress reported: " + worked);
        assertEquals("Spoken in auto.", engine.transcribe(tmp.resolve("clip.wav"), null, new NullProgressMonitor()).get(1).text(),
                "without a language whisper detects it");
    }

    @Test
    void aFailingEngineSaysWhatItSaidInOneLine() throws Exception {
        SpeechEngine engine = new WhisperCppEngine(standIn(), Files.writeString(tmp.resolve("broken.bin"), "x"));
        TranscriptionException e = assertThrows(TranscriptionException.class,
                () -> engine.transcribe(Speech.spoken("Hello.", tmp.resolve("clip.wav")), "en", new NullProgressMonitor()));
        assertEquals("whisper.cpp failed (exit code 5): whisper_init: invalid model data", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        SpeechEngine noModel = new WhisperCppEngine(standIn(), tmp.resolve("absent.bin"));
        assertEquals(tmp.resolve("absent.bin") + ": the whisper.cpp model file is missing", noModel.unavailable());
    }

    @Test
    void cancelKillsWhisper() throws Exception {
        SpeechEngine engine = new WhisperCppEngine(standIn(), Files.writeString(tmp.resolve("slow.bin"), "x"));
        Path clip = Speech.spoken("Hello.", tmp.resolve("clip.wav"));
        NullProgressMonitor monitor = new NullProgressMonitor();
        List<ProcessHandle> seen = new ArrayList<>();
        Thread canceller = Thread.ofVirtual().start(() -> {
            long until = System.currentTimeMillis() + 30_000;
            while (seen.isEmpty() && System.currentTimeMillis() < until) {
                seen.addAll(Speech.running("whisper-cli"));
                Thread.onSpinWait();
            }
            monitor.setCanceled(true);
        });
        long started = System.nanoTime();
        assertThrows(OperationCanceledException.class, () -> engine.transcribe(clip, "en", monitor));
        canceller.join();
        assertTrue((System.nanoTime() - started) / 1_000_000 < 30_000, "not waiting for the minute whisper sleeps");
        assertFalse(seen.isEmpty(), "whisper was running");
        seen.forEach(p -> assertFalse(p.isAlive(), "killed: " + p.info()));
        assertTrue(Speech.running("sleep 60").isEmpty(), "and what it started");
    }
}
