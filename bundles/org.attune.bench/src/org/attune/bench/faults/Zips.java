package org.attune.bench.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Whether a zip (a backup, an export) is whole: every entry reads to its end with the right checksum. */
public final class Zips {
    private Zips() {
    }

    public static boolean complete(Path zip) {
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            byte[] buffer = new byte[1 << 16];
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; entries++) {
                while (in.read(buffer) >= 0) {
                    // reading to the end checks the entry's CRC
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return entries > 0 && endsWithDirectory(zip);
    }

    /** A zip cut at an entry boundary reads entry by entry but has lost its central directory. */
    private static boolean endsWithDirectory(Path zip) {
        try (var file = new java.util.zip.ZipFile(zip.toFile())) {
            return file.size() > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
