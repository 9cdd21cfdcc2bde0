package org.attune.bench.faults;

import org.attune.cli.Cli;

/** Runs an {@code attune cli} command in this process, as a user would type it, capturing what it prints. */
final class InProcessCli {
    private InProcessCli() {
    }

    static Launcher.Run run(String... args) {
        Cli.Outcome outcome = Cli.run(args);
        return new Launcher.Run(outcome.exitCode(), outcome.out(), outcome.err(), false);
    }
}
