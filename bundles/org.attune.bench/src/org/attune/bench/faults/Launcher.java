package org.attune.bench.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.attune.cli.CliFailure;
import org.eclipse.core.runtime.Platform;

/**
 * Starts other {@code attune cli} processes exactly as this one was started: the same Java, JVM options,
 * launcher and install, with other command-line arguments. Taken from the running process's own command line
 * (minus this command's arguments), so it needs no knowledge of the launcher script or the platform.
 */
final class Launcher {
    static final String CLI_APPLICATION = "org.attune.cli.app";
    private final List<String> base;

    private Launcher(List<String> base) {
        this.base = base;
    }

    static Launcher ofThisProcess() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        String[] tail = Platform.getApplicationArgs();
        if (info.command().isEmpty() || info.arguments().isEmpty()) {
            throw new CliFailure("cannot read this process's command line to start child processes; run the campaign"
                    + " from the built product (attune cli faults run ...)");
        }
        List<String> all = new ArrayList<>(List.of(info.arguments().get()));
        int cut = all.size() - tail.length;
        int application = all.indexOf("-application");
        boolean cli = application >= 0 && application + 1 < all.size() && all.get(application + 1).equals(CLI_APPLICATION);
        if (cut < 0 || !cli || !all.subList(cut, all.size()).equals(Arrays.asList(tail)) || !all.contains("-jar")) {
            throw new CliFailure("this process was not started by the Attune launcher (java -jar <equinox launcher> ..."
                    + " cli); run the campaign from the built product (attune cli faults run ...)");
        }
        List<String> base = new ArrayList<>();
        base.add(info.command().get());
        base.addAll(all.subList(0, cut));
        return new Launcher(base);
    }

    /** Starts {@code attune cli <args>} with its output in {@code out} and {@code err}. */
    Process start(Path out, Path err, String... args) throws IOException {
        return start(Map.of(), out, err, args);
    }

    /** As {@link #start(Path, Path, String...)}, with more environment variables (e.g. a passphrase). */
    Process start(Map<String, String> environment, Path out, Path err, String... args) throws IOException {
        List<String> command = new ArrayList<>(base);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Runs {@code attune cli <args>} to its end (killed after {@code seconds}); what it printed and its exit code. */
    Run run(Path scratch, int seconds, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        return finish(start(out, err, args), seconds, out, err);
    }

    /** Waits for a started command (killed after {@code seconds}) and collects what it printed to out and err. */
    static Run finish(Process process, int seconds, Path out, Path err) throws IOException, InterruptedException {
        boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        Run run = new Run(ended ? process.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), !ended);
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    /** What a command printed, how it ended, and whether it had to be stopped. */
    record Run(int exitCode, String out, String err, boolean timedOut) {
        boolean showsTrace() {
            return Console.hasTrace(out) || Console.hasTrace(err);
        }

        /** The command's own message ("attune: ..."), else the report line of what failed, else its first error line. */
        String message() {
            if (err.lines().anyMatch(l -> l.startsWith("attune: "))) {
                return Console.message(err);
            }
            return out.lines().filter(l -> l.startsWith("FAILED")).map(l -> l.replaceAll("\\s+", " ")).findFirst()
                    .orElseGet(() -> Console.message(err));
        }
    }
}
