package org.attune.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the process's threads in groups — the JIT compilers, the garbage collector, and all the others (the
 * work measured), whose time in the kernel (system calls: reading, writing, syncing files) is given apart — read from
 * Linux's {@code /proc/self/task} and {@code /proc/self/stat}. It tells apart what a benchmark's own code costs from
 * what compiling and collecting cost beside it; elsewhere it reports nothing.
 */
final class ThreadGroupsCpu {
    static final String WORK = "work", KERNEL = "work in the kernel", JIT = "JIT", GC = "GC";
    private static final Path TASKS = Path.of("/proc/self/task");
    private static final double TICK_MS = 10; // USER_HZ is 100 on every Linux Java runs on

    private ThreadGroupsCpu() {
    }

    /** Milliseconds of CPU per group since the threads started; empty where /proc is not there. */
    static Map<String, Double> snapshot() {
        Map<String, Double> groups = new LinkedHashMap<>(Map.of(WORK, 0.0, JIT, 0.0, GC, 0.0));
        if (!Files.isDirectory(TASKS)) {
            return Map.of();
        }
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    // the name is in parentheses and may hold spaces: the fields follow the last ')'
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double ms = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_MS; // utime, stime
                    groups.merge(group(name), ms, Double::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while we read it: its time is lost to both snapshots alike
                }
            }
            groups.put(KERNEL, processKernelMs());
        } catch (IOException e) {
            return Map.of();
        }
        return groups;
    }

    /** The whole process's time in the kernel (stime), which threads that ended keep in it. */
    private static double processKernelMs() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[12]) * TICK_MS;
    }

    /**
     * Per-group CPU (ms) between two snapshots; the work is the process's CPU in that time
     * ({@code processMs}) less compiling and collecting, since threads that ended in between (a pool's workers) are
     * in neither snapshot.
     */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after, double processMs) {
        if (before.isEmpty() || after.isEmpty()) {
            return Map.of();
        }
        double jit = after.get(JIT) - before.get(JIT), gc = after.get(GC) - before.get(GC);
        double kernel = after.get(KERNEL) - before.get(KERNEL);
        Map<String, Double> result = new LinkedHashMap<>();
        result.put(WORK, processMs - jit - gc - kernel);
        result.put(KERNEL, kernel);
        result.put(JIT, jit);
        result.put(GC, gc);
        return result;
    }

    private static String group(String thread) {
        if (thread.startsWith("C1 Compiler") || thread.startsWith("C2 Compiler")) {
            return JIT;
        }
        if (thread.startsWith("GC Thread") || thread.startsWith("G1 ") || thread.startsWith("VM Periodic")
                || thread.startsWith("VM Thread")) {
            return GC;
        }
        return WORK;
    }
}
