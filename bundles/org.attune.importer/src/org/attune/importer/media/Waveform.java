package org.attune.importer.media;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import org.attune.store.Originals;
import org.attune.store.OriginalsServer;
import org.attune.model.MediaSource;

/**
 * A recording's waveform: the loudest level of each of up to {@value #MAX_PEAKS} equal slices of its sound (one slice
 * per {@value #SLICE_MS} ms for shorter recordings), 0 to 255, computed once by decoding the sound with FFmpeg
 * ({@code ffmpeg -i F -ac 1 -ar 8000 -f s16le -}, read as a stream) or, without FFmpeg, a PCM WAV with the JDK's
 * javax.sound. Kept with the source in its import facts ({@value #KEY}, Base64), or the reason there is none in
 * {@value #PROBLEM_KEY}.
 */
public final class Waveform {
    /** The import fact holding the peaks (Base64 of one byte per slice). */
    public static final String KEY = "peaks";
    /** The import fact saying why a recording has no peaks. */
    public static final String PROBLEM_KEY = "peaksProblem";
    public static final int MAX_PEAKS = 2000;
    public static final int SLICE_MS = 50;
    static final int RATE = 8000;
    /** Samples of the finest slice (10 ms), reduced to the stored slices at the end. */
    private static final int FINE = RATE / 100;

    /** The peaks, or why there are none (then peaks is null); {@code notInstalled}: FFmpeg is missing, try again later. */
    public record Result(byte[] peaks, String problem, boolean notInstalled) {
        static Result of(byte[] peaks) {
            return new Result(peaks, null, false);
        }

        static Result failed(String problem) {
            return new Result(null, problem, false);
        }
    }

    private Waveform() {
    }

    /**
     * Decodes {@code file}'s sound into peaks; {@code cancelled} is asked as it goes (an interrupt also stops it).
     *
     * @throws CancellationException when cancelled
     */
    public static Result compute(Path file, BooleanSupplier cancelled) {
        try (MediaInput input = MediaInput.of(file)) {
            return compute(input, cancelled);
        }
    }

    /**
     * {@link #compute(Path, BooleanSupplier)} of a file or of bytes held in memory only: those reach FFmpeg through a
     * loopback stream ({@link OriginalsServer}), never as a plaintext file.
     */
    public static Result compute(MediaInput input, BooleanSupplier cancelled) {
        String address;
        try {
            address = input.forFfmpeg();
        } catch (IOException e) {
            return Result.failed("its sound could not be read (" + e.getMessage() + ")");
        }
        return decode(address, input::sound, cancelled);
    }

    /**
     * {@link #compute(Path, BooleanSupplier)} of a project's file, read through its {@code originals}: an encrypted one
     * reaches FFmpeg decrypted through a loopback stream ({@link OriginalsServer}), never as a plaintext file.
     */
    public static Result compute(Originals originals, Path file, BooleanSupplier cancelled) {
        if (!originals.encrypted()) {
            return compute(file, cancelled);
        }
        try (OriginalsServer server = OriginalsServer.start()) {
            return decode(server.serve(originals, file).toString(),
                    () -> AudioSystem.getAudioInputStream(new BufferedInputStream(originals.read(file), 1 << 16)), cancelled);
        } catch (IOException e) {
            return Result.failed("its sound could not be read (" + e.getMessage() + ")");
        }
    }

    /** Opens a sound javax.sound reads itself (a WAV when FFmpeg is missing). */
    private interface Sound {
        AudioInputStream open() throws UnsupportedAudioFileException, IOException;
    }

    private static Result decode(String input, Sound sound, BooleanSupplier cancelled) {
        Process process;
        try {
            process = new ProcessBuilder("ffmpeg", "-nostdin", "-v", "error", "-i", input, "-vn",
                    "-ac", "1", "-ar", Integer.toString(RATE), "-f", "s16le", "-").start();
        } catch (IOException e) {
            Result wave = wave(sound, cancelled);
            return wave != null ? wave : new Result(null, "FFmpeg is not installed, so the sound could not be decoded", true);
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        Thread drain = Thread.ofVirtual().start(() -> {
            try (InputStream err = process.getErrorStream()) {
                err.transferTo(errors);
            } catch (IOException e) {
                // what ffmpeg said is lost; its exit code still counts
            }
        });
        try (InputStream in = new BufferedInputStream(process.getInputStream(), 1 << 16)) {
            Peaks peaks = new Peaks();
            read(in, peaks, cancelled, false);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Result.failed("FFmpeg did not finish decoding it");
            }
            drain.join(5000);
            String said = errors.toString(StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0 || peaks.samples == 0) {
                String last = said.isEmpty() ? (peaks.samples == 0 ? "no sound in it" : "exit code " + process.exitValue())
                        : said.substring(said.lastIndexOf('\n') + 1);
                String path = input + ": ";
                return Result.failed("FFmpeg could not decode its sound (" + (last.startsWith(path) ? last.substring(path.length()) : last) + ")");
            }
            return Result.of(peaks.reduce());
        } catch (IOException e) {
            return Result.failed("its sound could not be read (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    /** A PCM WAV read with javax.sound (when FFmpeg is missing); null when it is none. */
    private static Result wave(Sound sound, BooleanSupplier cancelled) {
        try (AudioInputStream original = sound.open()) {
            AudioFormat format = original.getFormat();
            if (format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED && format.getEncoding() != AudioFormat.Encoding.PCM_UNSIGNED) {
                return null;
            }
            AudioFormat target = new AudioFormat(format.getSampleRate(), 16, format.getChannels(), true, false);
            try (AudioInputStream pcm = AudioSystem.getAudioInputStream(target, original)) {
                Peaks peaks = new Peaks(Math.max(1, Math.round(format.getSampleRate() / 100)), format.getChannels());
                read(new BufferedInputStream(pcm, 1 << 16), peaks, cancelled, true);
                return peaks.samples == 0 ? Result.failed("there is no sound in it") : Result.of(peaks.reduce());
            }
        } catch (UnsupportedAudioFileException | IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static void read(InputStream in, Peaks peaks, BooleanSupplier cancelled, boolean checkInterrupt) throws IOException {
        byte[] buffer = new byte[1 << 15];
        int carry = -1;
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                throw new CancellationException("cancelled");
            }
            int i = 0;
            if (carry >= 0) {
                peaks.add((short) (carry | buffer[0] << 8));
                i = 1;
                carry = -1;
            }
            for (; i + 1 < n; i += 2) {
                peaks.add((short) (buffer[i] & 0xff | buffer[i + 1] << 8));
            }
            if (i < n) {
                carry = buffer[i] & 0xff;
            }
        }
    }

    /** The loudest sample of each 10 ms, growing as the sound is read. */
    private static final class Peaks {
        private final int fine;
        private final int channels;
        private byte[] levels = new byte[4096];
        private int count;
        private long samples;
        private int inSlice;
        private int channel;
        private int loudest;

        Peaks() {
            this(FINE, 1);
        }

        Peaks(int fine, int channels) {
            this.fine = fine;
            this.channels = Math.max(1, channels);
        }

        void add(short sample) {
            loudest = Math.max(loudest, Math.abs((int) sample));
            if (++channel < channels) {
                return;
            }
            channel = 0;
            samples++;
            if (++inSlice == fine) {
                flush();
            }
        }

        private void flush() {
            if (count == levels.length) {
                levels = java.util.Arrays.copyOf(levels, levels.length * 2);
            }
            levels[count++] = (byte) Math.min(255, Math.round(loudest * 255f / 32768));
            loudest = 0;
            inSlice = 0;
        }

        /** At most {@value #MAX_PEAKS} slices of at least {@value #SLICE_MS} ms, each the loudest of its fine slices. */
        byte[] reduce() {
            if (inSlice > 0) {
                flush();
            }
            int slices = Math.max(1, Math.min(MAX_PEAKS, (int) Math.ceil(count * 10.0 / SLICE_MS)));
            byte[] out = new byte[slices];
            for (int k = 0; k < slices; k++) {
                int from = (int) ((long) k * count / slices);
                int to = Math.max(from + 1, (int) ((long) (k + 1) * count / slices));
                int max = 0;
                for (int j = from; j < to && j < count; j++) {
                    max = Math.max(max, levels[j] & 0xff);
                }
                out[k] = (byte) max;
            }
            return out;
        }
    }

    /** Keeps {@code result} in the source's import facts: the peaks, or the reason there are none. */
    public static void keep(MediaSource source, Result result) {
        if (result.peaks() != null) {
            source.getImportMetadata().put(KEY, Base64.getEncoder().encodeToString(result.peaks()));
            source.getImportMetadata().removeKey(PROBLEM_KEY);
        } else {
            source.getImportMetadata().removeKey(KEY);
            source.getImportMetadata().put(PROBLEM_KEY, result.problem());
        }
    }

    /** The stored peaks as levels from 0 to 1, or null when there are none (yet). */
    public static float[] levels(MediaSource source) {
        String stored = source.getImportMetadata().get(KEY);
        if (stored == null || stored.isEmpty()) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored);
            float[] levels = new float[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                levels[i] = (bytes[i] & 0xff) / 255f;
            }
            return levels;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Why a recording has no peaks, as stored; null when it has them or they were never computed. */
    public static String problem(MediaSource source) {
        return source.getImportMetadata().get(PROBLEM_KEY);
    }

    /** Whether the peaks were computed (or found impossible) already. */
    public static boolean computed(MediaSource source) {
        return source.getImportMetadata().containsKey(KEY) || source.getImportMetadata().containsKey(PROBLEM_KEY);
    }
}
