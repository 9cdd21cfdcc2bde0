package org.attune.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average, printed beside figures taken on a shared machine. */
final class LoadAverage {
    private LoadAverage() {
    }

    /** The load average over the last minute (Linux), or NaN where the system does not say. */
    static double lastMinute() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
