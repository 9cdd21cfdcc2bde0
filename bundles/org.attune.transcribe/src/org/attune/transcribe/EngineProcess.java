package org.attune.transcribe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Runs an engine's (or FFmpeg's) process: its standard output and error go line by line to consumers, the monitor is
 * asked every {@value #POLL_MS} ms, and Cancel kills the process and its children.
 */
final class EngineProcess {
    private static final long POLL_MS = 100;
    /** The last lines of standard error kept to say why a process failed. */
    private static final int KEPT_ERRORS = 5;

    private EngineProcess() {
    }

    /**
     * Runs {@code command} to its end.
     *
     * @param what names the work in a failure's message ("PocketSphinx", "FFmpeg")
     * @throws TranscriptionException when it cannot start or ends with an error
     * @throws OperationCanceledException when cancelled (the process is killed first)
     */
    static void run(String what, List<String> command, Path directory, IProgressMonitor monitor, Consumer<String> out, Consumer<String> err)
            throws TranscriptionException {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new TranscriptionException(what + " could not be started (" + command.get(0) + "): " + e.getMessage(), e);
        }
        // an engine outlives the JVM unless killed: Ctrl-C on the CLI, the workbench closing, end it too
        Thread onExit = new Thread(() -> kill(process), "stop " + what);
        Runtime.getRuntime().addShutdownHook(onExit);
        try {
            runStarted(what, process, monitor, out, err);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs, or has run
            }
        }
    }

    private static void runStarted(String what, Process process, IProgressMonitor monitor, Consumer<String> out, Consumer<String> err)
            throws TranscriptionException {
        try {
            process.getOutputStream().close(); // the engines read files, nothing from their input
        } catch (IOException e) {
            // an input already closed is as good
        }
        Deque<String> errors = new ArrayDeque<>();
        Thread outReader = Thread.ofVirtual().start(() -> readLines(process, false, line -> out.accept(line)));
        Thread errReader = Thread.ofVirtual().start(() -> readLines(process, true, line -> {
            synchronized (errors) {
                errors.addLast(line);
                if (errors.size() > KEPT_ERRORS) {
                    errors.removeFirst();
                }
            }
            err.accept(line);
        }));
        try {
            while (!process.waitFor(POLL_MS, TimeUnit.MILLISECONDS)) {
                if (monitor.isCanceled()) {
                    kill(process);
                    throw new OperationCanceledException();
                }
            }
            outReader.join();
            errReader.join();
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        if (process.exitValue() != 0) {
            String said;
            synchronized (errors) {
                said = errors.isEmpty() ? "" : ": " + String.join(" / ", errors).strip();
            }
            throw new TranscriptionException(what + " failed (exit code " + process.exitValue() + ")" + said);
        }
    }

    /** Kills the process and whatever it started, and waits for it to end. */
    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void readLines(Process process, boolean error, Consumer<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(error ? process.getErrorStream() : process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.accept(line);
            }
        } catch (IOException e) {
            // the process was killed, or closed its output: its exit code tells the rest
        }
    }

    /** Whether {@code program} is an executable file in one of the PATH's folders (or, with a slash, itself). */
    static boolean onPath(String program) {
        if (program.contains("/")) {
            return java.nio.file.Files.isExecutable(Path.of(program));
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && java.nio.file.Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
