package org.attune.transcribe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.store.Originals;
import org.attune.store.OriginalsServer;
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

    /**
     * The sound of {@code media} for an engine to read, in {@code folder}: a converted WAV file, or for an encrypted
     * original a named pipe that FFmpeg fills, reading the recording decrypted from a loopback stream
     * ({@link OriginalsServer}), while the engine reads it: no plaintext of the recording, nor of its sound, is
     * written to disk. Close it once the engine is done.
     */
    static Sound prepare(Originals originals, Path media, Path folder, IProgressMonitor monitor) throws TranscriptionException {
        Path wav = folder.resolve("sound.wav");
        try {
            if (!originals.encrypted() || !Files.isRegularFile(media) || !Originals.isEncrypted(media)) {
                convert(media, wav, monitor);
                return new Sound(wav, durationMs(wav), null, null, null);
            }
        } catch (IOException e) {
            throw new TranscriptionException(media.getFileName() + ": its sound could not be read: " + e.getMessage(), e);
        }
        String why = unavailable();
        if (why != null) {
            throw new TranscriptionException(why);
        }
        if (!EngineProcess.onPath("mkfifo")) {
            throw new TranscriptionException(media.getFileName() + ": the recording is encrypted, and its sound reaches the engine only "
                    + "through a named pipe, which this system does not offer (mkfifo was not found)");
        }
        OriginalsServer server;
        try {
            server = OriginalsServer.start();
        } catch (IOException e) {
            throw new TranscriptionException(media.getFileName() + ": the loopback stream of the encrypted recording could not start: "
                    + e.getMessage(), e);
        }
        try {
            String input = server.serve(originals, media).toString();
            EngineProcess.run("mkfifo", List.of("mkfifo", "-m", "600", wav.toAbsolutePath().toString()), null, monitor, line -> {
            }, line -> {
            });
            long[] seconds = {0};
            EngineProcess.run("FFprobe", List.of("ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", input),
                    null, monitor, line -> {
                        try {
                            seconds[0] = Math.round(Double.parseDouble(line.strip()) * 1000);
                        } catch (NumberFormatException e) {
                            // no duration: the progress is not told
                        }
                    }, line -> {
                    });
            Sound sound = new Sound(wav, Math.max(1, seconds[0]), server, new TranscriptionException[1], new boolean[1]);
            sound.converting = Thread.ofVirtual().start(() -> {
                try {
                    EngineProcess.run("FFmpeg", ffmpeg(input, wav), null, new org.eclipse.core.runtime.NullProgressMonitor() {
                        @Override
                        public boolean isCanceled() {
                            return sound.stopped[0] || monitor.isCanceled();
                        }
                    }, line -> {
                    }, line -> {
                    });
                } catch (TranscriptionException e) {
                    sound.failure[0] = e;
                } catch (RuntimeException e) {
                    // cancelled
                }
            });
            return sound;
        } catch (TranscriptionException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static List<String> ffmpeg(String input, Path wav) {
        return List.of("ffmpeg", "-nostdin", "-v", "error", "-y", "-i", input, "-vn", "-ac", "1", "-ar", Integer.toString(RATE),
                "-sample_fmt", "s16", "-f", "wav", wav.toAbsolutePath().toString());
    }

    /** The sound an engine reads ({@link #prepare}): a file, or a named pipe being filled. */
    static final class Sound implements AutoCloseable {
        final Path wav;
        final long durationMs;
        private final OriginalsServer server;
        private final TranscriptionException[] failure;
        private final boolean[] stopped;
        private volatile Thread converting;

        private Sound(Path wav, long durationMs, OriginalsServer server, TranscriptionException[] failure, boolean[] stopped) {
            this.wav = wav;
            this.durationMs = durationMs;
            this.server = server;
            this.failure = failure;
            this.stopped = stopped;
        }

        /** Why FFmpeg could not fill the pipe, if it could not (after the engine read it). */
        TranscriptionException failure() throws TranscriptionException {
            close();
            return failure == null ? null : failure[0];
        }

        @Override
        public void close() {
            if (converting != null) {
                try {
                    converting.join(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                stopped[0] = true; // the engine is done: an FFmpeg still waiting for it is killed
                try {
                    converting.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (server != null) {
                server.close();
            }
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
