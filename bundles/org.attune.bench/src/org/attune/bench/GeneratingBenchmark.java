package org.attune.bench;

import java.nio.file.Path;

import picocli.CommandLine.Parameters;

/**
 * A benchmark that generates the project it measures ({@code store}, {@code search}, {@code typing}): it takes the
 * folder to generate it in.
 */
abstract class GeneratingBenchmark extends Benchmark {
    @Parameters(paramLabel = "<dir>", description = "A new or empty folder for the generated project.")
    Path folder;
}
