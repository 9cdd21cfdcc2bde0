package org.attune.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code benchmark ...}: measure Attune on generated data, side by side with the bare libraries. */
@Command(name = "benchmark", description = "Measure Attune on generated data beside the bare libraries; print figures.",
        subcommands = {StoreBenchmark.class, ImportBenchmark.class, SearchBenchmark.class, StartupBenchmark.class,
            TypingBenchmark.class, TeamBenchmark.class})
public class BenchmarkCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing benchmark: store, import, search, startup, typing or team");
    }
}
