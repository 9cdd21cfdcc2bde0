package org.attune.transcribe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/** The sound of a recording as the engines read it: a 16 kHz mono 16-bit PCM WAV, made with FFmpeg. */
final class Audio {
    static final int RATE = 16_000;
    private static final int WAV_HEADER = 44;

    private Audio() {
    }

    /** Why FFmpeg cannot be used here, or null. */
    static String unavailable() {
        return EngineProcess.onPath("ffmpeg") ? null : "FFmpeg is not installed (Debian: apt-get install ffmpeg)";
    }

    /** Converts {@code media}'s sound into {@code wav} (overwritten). */
    static void convert(Path media, Path wav, IProgressMonitor monitor) throws TranscriptionException {
        if (!Files.isRegularFile(media)) {
            throw new TranscriptionException(media + ": the recording's file is missing");
        }
        String why = unavailable();
        if (why != null) {
            throw new TranscriptionException(why);
        }
        EngineProcess.run("FFmpeg", List.of("ffmpeg", "-nostdin", "-v", "error", "-y", "-i", media.toAbsolutePath().toString(), "-vn", "-ac",
                "1", "-ar", Integer.toString(RATE), "-sample_fmt", "s16", "-f", "wav", wav.toAbsolutePath().toString()), null, monitor,
                line -> {
                }, line -> {
                });
        try {
            if (Files.size(wav) <= WAV_HEADER) {
                throw new TranscriptionException(media.getFileName() + ": the recording has no sound to transcribe");
            }
        } catch (IOException e) {
            throw new TranscriptionException(media.getFileName() + ": its sound could not be read: " + e.getMessage(), e);
        }
    }

    /** The length of a WAV made by {@link #convert}, in milliseconds. */
    static long durationMs(Path wav) throws IOException {
        return Math.max(1, (Files.size(wav) - WAV_HEADER) * 1000 / (RATE * 2L));
    }

    /** A fresh temporary folder for an engine's files; deleted with {@link #delete}. */
    static Path temporaryFolder() throws TranscriptionException {
        try {
            return Files.createTempDirectory("attune-transcribe");
        } catch (IOException e) {
            throw new TranscriptionException("no temporary folder for the engine's files: " + e.getMessage(), e);
        }
    }

    static void delete(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary file left behind is no loss
        }
    }
}
