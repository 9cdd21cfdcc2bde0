package org.attune.bench.faults;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;

/**
 * A second writer: while a child works on a copy of the project, {@code attune cli codes create} and a second
 * child try to write to it. Both must be refused with a message naming the holder; after the first child is
 * killed, the project must hold exactly what the first acknowledged and nothing of the second.
 */
final class SecondWriter extends FaultCase {
    static final String INTRUDER_CODE = "second-writer";

    SecondWriter(Launcher launcher, Path work, Figures figures, Checks checks) {
        super(launcher, work, figures, checks);
    }

    String run(Path original) throws Exception {
        Path project = Folders.copy(original, work.resolve("second-writer"));
        Holdings before;
        try (ProjectStore store = ProjectStore.open(project, OpenOptions.of("attune faults").withBackups(false))) {
            before = Snapshot.read(store);
        }
        Path journal = work.resolve("journals/second-writer-1.txt");
        Process first = launcher.start(work.resolve("journals/second-writer-1.out"), work.resolve("journals/second-writer-1.err"),
                "faults", "child", project.toString(), "--work", work.toString(), "--journal", journal.toString(),
                "--seed", "23", "--prefix", "w1", "--keep-open");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Journal.read(journal).ready() && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        figures.fault("second-writer");
        Launcher.Run cli = launcher.run(work, 120, "codes", "create", project.toString(), INTRUDER_CODE);
        Path journal2 = work.resolve("journals/second-writer-2.txt");
        Launcher.Run child = launcher.run(work, 120, "faults", "child", project.toString(), "--work", work.toString(),
                "--journal", journal2.toString(), "--seed", "29", "--prefix", "w2", "--limit", "20");
        first.destroyForcibly().waitFor();
        Journal.Reading reading = Journal.read(journal);
        Holdings actual;
        try (ProjectStore store = ProjectStore.open(project, OpenOptions.of("attune faults").withBackups(false))) {
            actual = Snapshot.read(store);
        }
        Holdings acked = before.copy();
        reading.acknowledged().forEach(acked::apply);
        if (reading.inFlight() != null && acked.copy().apply(reading.inFlight()).missingIn(actual) < acked.missingIn(actual)) {
            acked.apply(reading.inFlight()); // the action the kill cut off had committed
        }
        boolean refusedCli = cli.exitCode() == 1 && !cli.showsTrace() && cli.message().contains(Actor.HOLDER);
        boolean refusedChild = child.exitCode() == 1 && !child.showsTrace() && !Journal.read(journal2).ready();
        boolean intact = acked.missingIn(actual) == 0 && !actual.codes.contains(INTRUDER_CODE)
                && actual.sources.keySet().stream().noneMatch(s -> s.contains("w2a"));
        checks.check("lock-honoured", refusedCli && refusedChild && intact, "codes create: exit " + cli.exitCode() + " ("
                + cli.message() + "); second child: exit " + child.exitCode() + " (" + child.message() + "); intact: " + intact
                + (intact ? "" : " (missing: " + acked.missing(actual).stream().limit(3).toList() + ")"));
        Files.writeString(work.resolve("journals/second-writer.txt"), cli.err() + child.err(), StandardCharsets.UTF_8);
        return "codes create: exit " + cli.exitCode() + " (" + cli.message() + "); second child: exit " + child.exitCode()
                + "; first child's " + reading.acknowledged().size() + " acknowledged actions "
                + (acked.missingIn(actual) == 0 ? "all present" : "not all present");
    }
}
