package org.attune.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
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

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code benchmark startup DIR}: starts the installed product's own launcher ({@code attune} beside this
 * installation) again and again, as a researcher does, and times {@code cli version} and {@code cli --help} to
 * their exit and the workbench, on the sample study, until it is usable (the window painted with its
 * perspective and the Project Explorer showing the project, as reported by {@code -Dattune.startupProbe}).
 */
@Command(name = "startup", description = "Start-up times of the installed product: CLI commands to exit, the workbench to a usable window.")
public class StartupBenchmark extends Benchmark {
    static final String PROBE_LINE = "attune.startupProbe usable ";
    static final long CLI_GOAL_MS = 1000;
    static final long WORKBENCH_GOAL_MS = 5000;
    private static final int TIMEOUT_SECONDS = 180;

    @Parameters(paramLabel = "<dir>", description = "A folder for the sample study and the workbench's settings (made if missing).")
    Path folder;

    @Option(names = "--runs", defaultValue = "10", description = "Timed starts of each kind (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warm-up", defaultValue = "1", description = "Untimed starts of each kind first (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--cli-only", description = "Leave out the workbench (it needs a display).")
    boolean cliOnly;

    /**
     * One kind of start: every run's milliseconds, their median and 95th percentile (nearest rank); for the workbench
     * also the median processor time the process had used when usable (-1 where not measured).
     */
    record Measure(String name, long goalMs, double medianMs, double p95Ms, List<Long> runsMs, double medianCpuMs) {
    }

    /** The printed result. */
    record Result(String launcher, int runs, int warmUp, double loadBefore, double loadAfter, List<Measure> measures,
            List<String> consoleOutput) {
    }

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || warmUp < 0) {
            throw new CliFailure("--runs must be at least 1 and --warm-up at least 0");
        }
        Path launcher = launcher();
        Files.createDirectories(folder);
        if (!cliOnly && System.getenv("DISPLAY") == null && !Platform.getOS().equals(Platform.OS_MACOSX)) {
            throw new CliFailure("the workbench runs need a display: set DISPLAY, run under xvfb-run, or pass --cli-only");
        }
        List<String> console = new ArrayList<>();
        double loadBefore = Runs.load();
        List<Measure> measures = new ArrayList<>();
        measures.add(measure("cli version", CLI_GOAL_MS, () -> cli(launcher, console, "version")));
        measures.add(measure("cli --help", CLI_GOAL_MS, () -> cli(launcher, console, "--help")));
        if (!cliOnly) {
            Path sample = folder.resolve("sample");
            if (!Files.isDirectory(sample)) {
                cli(launcher, console, "project", "sample", sample.toString());
            }
            Path workspace = folder.resolve("workspace");
            measures.add(measure("workbench usable", WORKBENCH_GOAL_MS, () -> workbench(launcher, sample, workspace, console)));
        }
        Result result = new Result(launcher.toString(), runs, warmUp, loadBefore, Runs.load(), measures,
                console.stream().distinct().toList());
        output.print(result, text(result));
        return 0;
    }

    /** One start's wall-clock and (where known, else -1) processor milliseconds. */
    private record Timing(long millis, long cpuMillis) {
    }

    private interface Start {
        Timing run() throws IOException, InterruptedException;
    }

    private Measure measure(String name, long goal, Start start) throws IOException, InterruptedException {
        for (int i = 0; i < warmUp; i++) {
            start.run();
        }
        long[] nanos = new long[runs];
        long[] cpu = new long[runs];
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Timing timing = start.run();
            millis.add(timing.millis());
            nanos[i] = timing.millis() * 1_000_000;
            cpu[i] = timing.cpuMillis() * 1_000_000;
        }
        Percentiles p = Percentiles.ofNanos(nanos);
        double cpuMedian = Arrays.stream(cpu).allMatch(c -> c >= 0) ? Percentiles.ofNanos(cpu).p50() : -1;
        return new Measure(name, goal, p.p50(), p.p95(), millis, cpuMedian);
    }

    /** {@code attune cli <args>} to its exit; its standard error, if any, is kept for the report. */
    private static Timing cli(Path launcher, List<String> console, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "cli"));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("attune-startup", ".err");
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).start();
            int exit = waitFor(process, command);
            long ms = (System.nanoTime() - start) / 1_000_000;
            String errors = Files.readString(err, StandardCharsets.UTF_8).strip();
            if (exit != 0) {
                throw new CliFailure(String.join(" ", command) + " ended with exit code " + exit
                        + (errors.isEmpty() ? "" : ": " + errors.lines().findFirst().orElse("")));
            }
            errors.lines().forEach(console::add);
            return new Timing(ms, -1);
        } finally {
            Files.deleteIfExists(err);
        }
    }

    /** The workbench on {@code project} until it prints that it is usable (it then closes itself). */
    private static Timing workbench(Path launcher, Path project, Path workspace, List<String> console)
            throws IOException, InterruptedException {
        List<String> command = List.of(launcher.toString(), "--project", project.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("ATTUNE_VM_ARGS", (env.getOrDefault("ATTUNE_VM_ARGS", "") + " -Dattune.startupProbe=true").strip());
        env.put("ATTUNE_WORKSPACE", workspace.toString());
        long start = System.nanoTime();
        Process process = builder.start();
        long ms = -1;
        long cpu = -1;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(PROBE_LINE) && ms < 0) {
                    ms = (System.nanoTime() - start) / 1_000_000;
                    String[] words = line.substring(PROBE_LINE.length()).split(" ");
                    cpu = words.length == 3 && words[1].equals("cpu") ? Long.parseLong(words[2]) : -1;
                } else if (!line.isBlank()) {
                    console.add(line);
                }
            }
        }
        int exit = waitFor(process, command);
        if (ms < 0) {
            throw new CliFailure("the workbench (" + String.join(" ", command) + ") ended with exit code " + exit
                    + " without reporting a usable window; see ~/.attune/logs/attune-0.log");
        }
        return new Timing(ms, cpu);
    }

    private static int waitFor(Process process, List<String> command) throws InterruptedException {
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            throw new CliFailure(String.join(" ", command) + " did not end within " + TIMEOUT_SECONDS + " s");
        }
        return process.exitValue();
    }

    /** The {@code attune} launcher script of this installation. */
    private static Path launcher() {
        try {
            Path install = Path.of(Platform.getInstallLocation().getURL().toURI());
            Path script = install.resolve("attune");
            if (!Files.isExecutable(script) || File.separatorChar != '/') {
                throw new CliFailure("no attune launcher script in " + install
                        + "; run the start-up benchmark from the built product on Linux or macOS (attune cli benchmark startup ...)");
            }
            return script;
        } catch (URISyntaxException | RuntimeException e) {
            if (e instanceof CliFailure failure) {
                throw failure;
            }
            throw new CliFailure("cannot tell where Attune is installed; run the start-up benchmark from the built product");
        }
    }

    private static String text(Result result) {
        StringBuilder text = new StringBuilder(String.format("Start-up of %s: %d timed runs of each after %d warm-up"
                + " (load average %.2f before, %.2f after)%n", result.launcher(), result.runs(), result.warmUp(),
                result.loadBefore(), result.loadAfter()));
        for (Measure m : result.measures()) {
            text.append(String.format("%-17s median %,6.0f ms  p95 %,6.0f ms  goal < %,d ms  %s%s  runs %s%n", m.name(),
                    m.medianMs(), m.p95Ms(), m.goalMs(), m.p95Ms() < m.goalMs() ? "met" : m.medianMs() < m.goalMs()
                            ? "median met" : "NOT met",
                    m.medianCpuMs() < 0 ? "" : String.format("  (processor time %,.0f ms)", m.medianCpuMs()), m.runsMs()));
        }
        result.consoleOutput().forEach(line -> text.append("console: ").append(line).append(System.lineSeparator()));
        return text.toString().stripTrailing();
    }
}
