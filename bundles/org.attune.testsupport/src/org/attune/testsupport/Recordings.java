package org.attune.testsupport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Small recordings written byte by byte, for the tests of detection, import and the views of recordings. */
public final class Recordings {
    private Recordings() {
    }

    /** A mono 16-bit PCM RIFF/WAVE file of {@code samples} samples of silence at {@code sampleRate} Hz. */
    public static byte[] silentWave(int sampleRate, int samples) {
        int dataBytes = samples * 2;
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
        return b.array();
    }

    /**
     * Makes {@code file} with FFmpeg (which CI installs, .ci/run): {@code ffmpeg -v error -y ARGS file}, e.g. a lavfi
     * source such as {@code -f lavfi -i sine=duration=8} and its filters and codecs; fails with FFmpeg's own words
     * when it cannot. Returns the file.
     */
    public static Path ffmpeg(Path file, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y"));
        command.addAll(List.of(args));
        command.add(file.toString());
        Process ffmpeg = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(ffmpeg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ffmpeg.waitFor(60, TimeUnit.SECONDS) || ffmpeg.exitValue() != 0) {
            throw new IllegalStateException("ffmpeg could not make " + file.getFileName() + ": " + output);
        }
        return file;
    }

    /** {@link #silentWave(int, int)} of {@code millis} milliseconds, written to {@code file}; returns the file. */
    public static Path silentWave(Path file, int sampleRate, int millis) throws IOException {
        return Files.write(file, silentWave(sampleRate, sampleRate * millis / 1000));
    }
}
