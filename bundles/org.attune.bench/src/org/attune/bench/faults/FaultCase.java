package org.attune.bench.faults;

import java.nio.file.Path;

/**
 * What every part of the campaign works with: the launcher of {@code attune cli} children, the campaign's folder,
 * the figures it counts and the invariants it checks.
 */
abstract class FaultCase {
    final Launcher launcher;
    final Path work;
    final Figures figures;
    final Checks checks;

    FaultCase(Launcher launcher, Path work, Figures figures, Checks checks) {
        this.launcher = launcher;
        this.work = work;
        this.figures = figures;
        this.checks = checks;
    }
}
