package org.attune.bench.faults;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.attune.cli.Cli;
import org.attune.cli.CliFailure;
import org.attune.cli.Output;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code faults run DIR}: the fault-injection campaign (docs/reliability.md). Kill rounds, damaged files, a
 * second writer, create races and a full disk, on projects made in DIR; prints the figures and which
 * invariants held. Exit 1 when an asserted invariant was broken or a part could not run.
 */
@Command(name = "run", description = "Run the fault-injection campaign in a new or empty folder; print the figures.")
public class CampaignCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<dir>", description = "A new or empty folder for the campaign's projects and journals.")
    Path folder;

    @Option(names = "--rounds", defaultValue = "20", description = "Kill rounds (default: 20).")
    int rounds;

    @Option(names = "--damage", defaultValue = "12", description = "Damaged-file cases (default: 12).")
    int damage;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of every random choice (default: 1).")
    long seed;

    @Option(names = "--races", defaultValue = "2", description = "Races of two encrypted creates (default: 2).")
    int races;

    @Option(names = "--max-delay-ms", defaultValue = "2500",
            description = "Longest time a child works before it is killed (default: 2500 ms after it opened the project).")
    int maxDelayMillis;

    @Option(names = "--no-disk-full", description = "Leave out the full-disk case.")
    boolean noDiskFull;

    @Option(names = "--assert", split = ",", paramLabel = "INVARIANT",
            description = "Also fail on these invariants (or 'all'); by default every invariant is asserted.")
    List<String> alsoAsserted = new ArrayList<>();

    @Mixin
    Output output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The printed result. */
    public record Result(String command, long seed, int rounds, Map<String, Integer> faultsInjected, int acknowledged,
            int verified, int cutOff, int refused, int losses, int halfApplied, Map<String, Integer> orphans,
            Map<String, Integer> damageOutcomes, String secondWriter, String createRace, String diskFull, int unexplainedFaults,
            List<Checks.Result> invariants, double seconds, boolean passed) {
    }

    @Override
    public Integer call() throws Exception {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !Folders.isEmpty(dir))) {
            throw new CliFailure(dir + ": the folder is not empty; choose a new or empty folder");
        }
        Set<String> asserted = asserted();
        Files.createDirectories(dir);
        Launcher launcher = Launcher.ofThisProcess();
        PrintWriter progress = spec.commandLine().getErr();
        Figures figures = new Figures();
        Checks checks = new Checks();
        long started = System.nanoTime();
        KillRounds kills = new KillRounds(launcher, dir, seed, maxDelayMillis, figures, checks, progress);
        kills.run(rounds);
        String damaged = part("damaged files", progress, () -> {
            new DamageCases(launcher, dir, seed, figures, checks, progress).run(kills.project(), damage);
            return "done";
        });
        String secondWriter = part("second writer", progress, () -> new SecondWriter(launcher, dir, figures, checks).run(kills.project()));
        String createRace = part("create race", progress, () -> new CreateRace(launcher, dir, figures, checks).run(races));
        String diskFull = noDiskFull ? "left out (--no-disk-full)"
                : part("disk full", progress, () -> new FullDisk(launcher, dir, figures, checks).run(kills.project()));
        List<Checks.Result> results = checks.results(asserted);
        boolean passed = results.stream().noneMatch(r -> r.asserted() && r.broken() > 0) && !damaged.startsWith(COULD_NOT)
                && !secondWriter.startsWith(COULD_NOT) && !createRace.startsWith(COULD_NOT) && !diskFull.startsWith(COULD_NOT);
        int unexplained = results.stream().filter(r -> r.id().startsWith("damage-") || r.id().equals("killed-console-clean")
                || r.id().equals("disk-full-explained")).mapToInt(Checks.Result::broken).sum();
        Result result = new Result("attune cli " + String.join(" ", spec.commandLine().getParseResult().originalArgs()),
                seed, figures.rounds, figures.faults, figures.acknowledged, figures.verified, figures.cutOff,
                figures.refused, figures.losses, figures.halfApplied, figures.orphans, figures.outcomes, secondWriter,
                createRace, diskFull, unexplained, results, (System.nanoTime() - started) / 1e9, passed);
        output.print(result, Report.text(result));
        return passed ? Cli.OK : Cli.FAILED;
    }

    static final String COULD_NOT = "could not run: ";

    interface Part {
        String run() throws Exception;
    }

    /** Runs one part of the campaign; one that breaks down is reported (and fails the run) without losing the rest. */
    private static String part(String name, PrintWriter progress, Part part) {
        String said;
        try {
            said = part.run();
        } catch (Exception e) {
            said = COULD_NOT + e;
        }
        progress.println(name + ": " + said);
        progress.flush();
        return said;
    }

    private Set<String> asserted() {
        Set<String> all = new LinkedHashSet<>(Checks.ASSERTED_BY_DEFAULT);
        for (String id : alsoAsserted) {
            if (id.equals("all")) {
                all.addAll(Checks.MEANING.keySet());
            } else if (Checks.MEANING.containsKey(id.strip())) {
                all.add(id.strip());
            } else {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown invariant " + id
                        + "; known: " + String.join(", ", Checks.MEANING.keySet()));
            }
        }
        return all;
    }
}
