package org.attune.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.stat.descriptive.rank.Median;

/** What a benchmark repeating its comparison ({@code --runs N}) records of each run and prints over them. */
final class Runs {
    private Runs() {
    }

    /** The median of the runs' values: the middle one, or the mean of the two middle ones for an even count. */
    static <T> double median(List<T> runs, ToDoubleFunction<T> value) {
        return new Median().evaluate(runs.stream().mapToDouble(value).toArray());
    }

    /** The machine's load average over the last minute (Linux), or NaN. */
    static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
