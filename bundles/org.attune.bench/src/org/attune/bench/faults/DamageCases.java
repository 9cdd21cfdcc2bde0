package org.attune.bench.faults;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import com.google.gson.Gson;

/**
 * Damage cases: a copy of a finished project has one of its files (a store file, attune-project.json, a backup,
 * an index file) damaged, then {@code attune cli faults inspect} opens and reads the copy in a process of its own
 * (so that a hang or a crash is seen as the user would see it). The answer must be the same project, or a message.
 */
final class DamageCases extends FaultCase {
    static final String[] KINDS = {"store", "descriptor", "backup", "index"};
    private static final Gson GSON = new Gson();

    private final Random random;
    private final PrintWriter progress;

    DamageCases(Launcher launcher, Path work, long seed, Figures figures, Checks checks, PrintWriter progress) {
        super(launcher, work, figures, checks);
        this.random = new Random(seed);
        this.progress = progress;
    }

    void run(Path original, int cases) throws Exception {
        Inspection baseline = Inspector.inspect(original); // also builds the index the index cases damage
        if (!baseline.opened()) {
            throw new IOException("the project to damage does not open: " + baseline.message());
        }
        for (int i = 0; i < cases; i++) {
            String kind = KINDS[i % KINDS.length];
            Damage damage = Damage.values()[(i / KINDS.length) % Damage.values().length];
            Path copy = Folders.copy(original, work.resolve("damage-" + i));
            Path file = pick(copy, kind);
            if (file == null) {
                progress.printf("damage %d: no %s file to damage%n", i, kind);
                Folders.delete(copy);
                continue;
            }
            String done = damage.apply(file, random);
            figures.fault("damage-" + kind);
            Launcher.Run run = launcher.run(work, 120, "faults", "inspect", copy.toString(), "--json");
            String outcome = classify(run, baseline, kind, file);
            figures.outcome(kind + ": " + outcome);
            Inspection found = parse(run.out());
            progress.printf("damage %d: %s %s (%s): %s%s%n", i, kind, copy.relativize(file), done, outcome,
                    found == null || found.opened() ? "" : " — " + (found.message() != null ? found.message() : found.unexplained()));
            Files.writeString(work.resolve("journals/damage-" + i + ".txt"), "$ attune cli faults inspect " + copy + " --json\n"
                    + run.out() + run.err());
            progress.flush();
            Folders.delete(copy);
        }
    }

    private String classify(Launcher.Run run, Inspection baseline, String kind, Path file) {
        String where = kind + " " + file.getFileName();
        Inspection found = parse(run.out());
        boolean explained = !run.timedOut() && !run.showsTrace() && found != null && found.unexplained() == null
                && (found.opened() || (found.message() != null && !found.message().isBlank())) && found.searchProblem() == null;
        checks.check("damage-explained", explained, where + ": " + (run.timedOut() ? "no answer in 120 s"
                : run.showsTrace() ? "stack trace on the console" : found == null ? "no answer" : found.unexplained() != null
                        ? found.unexplained() : found.searchProblem() != null ? "search: " + found.searchProblem() : found.message()));
        if (found == null || run.timedOut()) {
            return "unexplained";
        }
        if (!found.opened()) {
            return explained ? "refused with a message" : "unexplained";
        }
        boolean same = baseline.digest().equals(found.digest());
        boolean told = found.warnings() != null && !found.warnings().isEmpty();
        checks.check("damage-not-silent", same || told, where + ": opened with " + found.sources() + "/" + baseline.sources()
                + " sources, " + found.codings() + "/" + baseline.codings() + " codings, " + found.memos() + "/"
                + baseline.memos() + " memos, and said nothing");
        boolean damagedListed = found.backups().stream().anyMatch(b -> !b.complete() && !baseline.backups().contains(b));
        if (kind.equals("backup")) {
            checks.check("backups-whole", !damagedListed, where + ": the damaged backup is listed for restore");
        }
        if (!same && told) {
            return "opened showing less or other, and said so";
        }
        if (!same) {
            return found.sources() < baseline.sources() || found.codings() < baseline.codings()
                    || found.memos() < baseline.memos() ? "opened showing less, silently" : "opened changed, silently";
        }
        if (found.searchProblem() != null) {
            return "opened, search fails";
        }
        return damagedListed ? "opened, damaged backup listed" : found.indexRebuilt() ? "opened, index rebuilt" : "opened, same content";
    }

    private static Inspection parse(String out) {
        int start = out.indexOf('{');
        try {
            return start < 0 ? null : GSON.fromJson(out.substring(start), Inspection.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The file of that kind to damage; for the store the newest log file, where a crash would have written last. */
    private Path pick(Path project, String kind) throws IOException {
        return switch (kind) {
            case "descriptor" -> Files.exists(project.resolve("attune-project.json")) ? project.resolve("attune-project.json") : null;
            case "store" -> newestOrRandom(files(project.resolve("store"), ".xd"));
            case "backup" -> newestOrRandom(files(project.resolve("backups"), ".zip"));
            default -> randomOf(files(project.resolve("index"), ""));
        };
    }

    private Path newestOrRandom(List<Path> files) {
        return files.isEmpty() ? null : random.nextBoolean() ? files.get(files.size() - 1) : randomOf(files);
    }

    private Path randomOf(List<Path> files) {
        return files.isEmpty() ? null : files.get(random.nextInt(files.size()));
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix))
                    .filter(p -> !p.getFileName().toString().equals("write.lock")).sorted().toList();
        }
    }
}
