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

/** Scans every file under a folder for a text's bytes: what a withdrawal or pseudonymisation must leave in no file. */
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

    private static boolean contains(byte[] bytes, byte[] sought) {
        for (int i = 0; i <= bytes.length - sought.length; i++) {
            if (Arrays.equals(bytes, i, i + sought.length, sought, 0, sought.length)) {
                return true;
            }
        }
        return false;
    }
}
