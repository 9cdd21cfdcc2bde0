package org.attune.bench.faults;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.attune.model.Source;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;

/**
 * Kill rounds: a child acts on the project, is killed with SIGKILL after a random time, and the project is then
 * opened here and compared with what the journals say: everything acknowledged present, the action cut off whole
 * or absent, no orphans, every listed backup whole, and now and then the newest backup restored into a copy.
 */
final class KillRounds extends FaultCase {
    static final int RESTORE_EVERY = 5;

    private final Path project;
    private final Random random;
    private final int maxDelayMillis;
    private final PrintWriter progress;
    private final Set<String> seenOrphans = new HashSet<>(); // each orphan is counted in the round that left it
    private final Set<String> seenDamagedBackups = new HashSet<>();
    private Holdings base = new Holdings();

    KillRounds(Launcher launcher, Path work, long seed, int maxDelayMillis, Figures figures, Checks checks,
            PrintWriter progress) {
        super(launcher, work, figures, checks);
        this.maxDelayMillis = maxDelayMillis;
        this.project = work.resolve("project");
        this.random = new Random(seed);
        this.progress = progress;
    }

    Path project() {
        return project;
    }

    Holdings holdings() {
        return base;
    }

    void run(int rounds) throws Exception {
        try (ProjectStore created = ProjectStore.create(project, "Fault campaign", OpenOptions.of("attune faults").withBackups(false))) {
            base = Snapshot.read(created);
        }
        Files.createDirectories(work.resolve("journals"));
        for (int round = 1; round <= rounds; round++) {
            round(round, round % RESTORE_EVERY == 0 || round == rounds);
        }
    }

    private void round(int round, boolean restore) throws Exception {
        Path journal = work.resolve("journals/round-" + round + ".txt");
        Path out = work.resolve("journals/round-" + round + ".out");
        Path err = work.resolve("journals/round-" + round + ".err");
        Process child = launcher.start(out, err, "faults", "child", project.toString(), "--work", work.toString(),
                "--journal", journal.toString(), "--seed", Long.toString(random.nextLong()), "--prefix", "r" + round);
        boolean ready = awaitReady(child, journal);
        long delay = 50 + random.nextInt(Math.max(1, maxDelayMillis - 50));
        boolean killed = ready && !child.waitFor(delay, TimeUnit.MILLISECONDS);
        if (killed) {
            child.destroyForcibly();
        }
        child.waitFor();
        figures.rounds++;
        String console = Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8);
        checks.check("killed-console-clean", !Console.hasTrace(console), "round " + round + ": " + Console.message(console));
        Journal.Reading reading = Journal.read(journal);
        if (killed) {
            figures.fault("kill during " + (reading.inFlight() == null ? "no action" : reading.inFlight().kind()));
        }
        if (!ready) {
            checks.check("opens-after-kill", false, "round " + round + ": the child could not open the project: "
                    + Console.message(Files.readString(err, StandardCharsets.UTF_8)));
        }
        verify(round, reading);
        if (restore) {
            new RestoreCheck(work, checks).newestBackup(project, base, round);
        }
        progress.printf("round %d: killed after %d ms, %d acknowledged%s; %s%n", round, delay, reading.acknowledged().size(),
                reading.inFlight() == null ? "" : ", cut off: " + reading.inFlight().kind(), base);
        progress.flush();
    }

    private boolean awaitReady(Process child, Path journal) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Journal.read(journal).ready()) {
                return true;
            }
            if (!child.isAlive()) {
                return Journal.read(journal).ready();
            }
            Thread.sleep(20);
        }
        return false;
    }

    private void verify(int round, Journal.Reading reading) throws IOException {
        Holdings acked = base.copy();
        reading.acknowledged().forEach(acked::apply);
        Holdings withCutOff = reading.inFlight() == null ? null : acked.copy().apply(reading.inFlight());
        figures.acknowledged += reading.acknowledged().size();
        figures.refused += reading.failed().size();
        figures.cutOff += reading.inFlight() == null ? 0 : 1;
        Holdings actual;
        Set<String> stored = new HashSet<>();
        List<String> listedBackups;
        try (ProjectStore store = ProjectStore.open(project, OpenOptions.of("attune faults").withBackups(false))) {
            actual = Snapshot.read(store);
            for (Source s : store.project().getSources()) {
                if (s.getStoredPath() != null) {
                    stored.add(s.getStoredPath());
                }
            }
            listedBackups = store.backups().stream().map(org.attune.store.BackupInfo::file).filter(b -> !Zips.complete(b)).map(b -> b.getFileName().toString())
                    .filter(seenDamagedBackups::add).toList();
            checks.check("backups-whole", listedBackups.isEmpty(), "round " + round + ": listed but damaged: " + listedBackups);
            checks.check("opens-after-kill", true, "");
        } catch (StoreException e) {
            checks.check("opens-after-kill", false, "round " + round + ": " + e.getMessage());
            return;
        } catch (RuntimeException e) {
            checks.check("opens-after-kill", false, "round " + round + ": unexplained " + e);
            return;
        }
        boolean whole = acked.matches(actual) || (withCutOff != null && withCutOff.matches(actual));
        // a cut-off merge or memo edit that did commit changes what was acknowledged before it: measure against both
        Holdings nearest = withCutOff != null && withCutOff.missingIn(actual) < acked.missingIn(actual) ? withCutOff : acked;
        List<String> brokenExports = reading.acknowledged().stream().filter(s -> s.kind().equals("export"))
                .map(Step::file).filter(f -> !Zips.complete(Path.of(f))).toList();
        int missing = nearest.missingIn(actual) + brokenExports.size();
        figures.losses += missing;
        figures.verified += missing == 0 ? reading.acknowledged().size() : 0;
        checks.check("acknowledged-present", missing == 0, "round " + round + ": " + missing
                + " acknowledged effects missing, e.g. " + nearest.missing(actual).stream().limit(3).toList()
                + (brokenExports.isEmpty() ? "" : "; acknowledged exports not whole: " + brokenExports));
        boolean halfApplied = missing == 0 && !whole;
        figures.halfApplied += halfApplied ? 1 : 0;
        checks.check("all-or-nothing", !halfApplied, "round " + round + ": cut-off " + reading.inFlight()
                + " left the project as " + actual);
        // what the project holds now is the base of the next round: when it matched, it is the prediction with the
        // cut-off import's text known; when it did not, the loss is counted once here, not again in every round
        base = actual;
        List<String> orphans = Orphans.find(project, stored, work.resolve("exports")).stream().filter(seenOrphans::add).toList();
        orphans.forEach(o -> figures.orphan(o.substring(0, o.indexOf(':'))));
        checks.check("no-orphans", orphans.isEmpty(), "round " + round + ": " + orphans);
    }
}
