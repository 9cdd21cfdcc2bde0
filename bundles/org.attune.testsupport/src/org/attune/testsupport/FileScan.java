package org.attune.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Scans every file under a folder for a text's bytes, or for byte runs of a file: what a withdrawal or pseudonymisation
 * must leave in no file, and what an encrypted project must hold of its originals in no file.
 */
public final class FileScan {
    private FileScan() {
    }

    /** Every regular file under {@code folder} whose bytes hold {@code text} as UTF-8, as written or in lower case (index terms). */
    public static List<Path> holding(Path folder, String text) throws IOException {
        List<byte[]> sought = List.of(text.getBytes(StandardCharsets.UTF_8), text.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (sought.stream().anyMatch(s -> contains(bytes, s))) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    /**
     * {@code count} windows of {@code length} bytes spread over {@code bytes} (an original file's), leaving out those of
     * few distinct bytes (silence, padding) that any file may hold.
     */
    public static List<byte[]> runs(byte[] bytes, int count, int length) {
        List<byte[]> runs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = (int) ((long) (bytes.length - length) * (2 * i + 1) / (2 * count));
            byte[] run = Arrays.copyOfRange(bytes, at, at + length);
            if (run.length == length && distinct(run) > length / 8) {
                runs.add(run);
            }
        }
        return runs;
    }

    private static int distinct(byte[] run) {
        boolean[] seen = new boolean[256];
        int n = 0;
        for (byte b : run) {
            if (!seen[b & 0xff]) {
                seen[b & 0xff] = true;
                n++;
            }
        }
        return n;
    }

    /**
     * The regular files under {@code folder} (not under any of {@code skipped}) that hold one of {@code runs}: where a
     * plaintext copy of an original lies. A file that vanishes or cannot be read while scanned is passed over.
     */
    public static List<Path> holdingAny(Path folder, List<byte[]> runs, Path... skipped) throws IOException {
        List<Path> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(f -> Arrays.stream(skipped).noneMatch(f::startsWith)).filter(Files::isRegularFile).toList();
        } catch (java.io.UncheckedIOException e) {
            files = List.of();
        }
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                continue;
            }
            if (runs.stream().anyMatch(r -> contains(bytes, r))) {
                found.add(file);
            }
        }
        return found;
    }

    /**
     * The regular files under {@code folder} (not under any of {@code skipped}) last changed at or after {@code since}
     * (milliseconds since the epoch) that hold one of {@code runs}, leaving out exact copies of {@code inputs}: where a
     * plaintext copy of an original was written since a test began, in a folder others write to as well
     * ({@code java.io.tmpdir}, where another checkout may hold the test's own input files). Folders and files that
     * vanish or cannot be read while scanned are passed over, the rest is still scanned.
     */
    public static List<Path> writtenSinceHoldingAny(Path folder, long since, List<byte[]> runs, List<byte[]> inputs, Path... skipped)
            throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(folder, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attributes) {
                return Arrays.stream(skipped).anyMatch(dir::startsWith) ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                        : java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && attributes.lastModifiedTime().toMillis() >= since) {
                    try {
                        byte[] bytes = Files.readAllBytes(file);
                        if (inputs.stream().noneMatch(i -> Arrays.equals(i, bytes)) && runs.stream().anyMatch(r -> contains(bytes, r))) {
                            found.add(file);
                        }
                    } catch (IOException e) {
                        // gone or unreadable: nothing of it to find
                    }
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    /** Whether {@code bytes} hold {@code sought}. */
    public static boolean contains(byte[] bytes, byte[] sought) {
        for (int i = 0; i <= bytes.length - sought.length; i++) {
            if (Arrays.equals(bytes, i, i + sought.length, sought, 0, sought.length)) {
                return true;
            }
        }
        return false;
    }
}
