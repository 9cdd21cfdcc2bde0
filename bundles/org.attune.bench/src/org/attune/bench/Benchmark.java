package org.attune.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.commons.io.file.PathUtils;
import org.attune.cli.Output;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * What every {@code benchmark} command shares (picocli reads the annotated fields of superclasses): {@code --json}
 * ({@link Output}) for the figures it prints at the end, and lines of progress on standard error while it runs, so that
 * a run of minutes shows what it is doing without mixing with the figures a script reads.
 */
abstract class Benchmark implements Callable<Integer> {
    @Mixin
    Output output;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** One line of progress ({@link String#format} of {@code format} and {@code args}) on standard error, shown at once. */
    void progress(String format, Object... args) {
        progress(spec.commandLine().getErr(), format, args);
    }

    /** As {@link #progress(String, Object...)}, on {@code err}: for the static parts other benchmarks share. */
    static void progress(PrintWriter err, String format, Object... args) {
        err.println(String.format(format, args));
        err.flush();
    }

    /** Deletes {@code root} and all below it, if it is there (a project, index or corpus a run made). */
    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            PathUtils.deleteDirectory(root);
        }
    }
}
