package org.attune.bench.faults;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.attune.cli.Cli;
import org.attune.cli.CliFailure;
import org.attune.cli.Output;
import org.attune.store.pg.TeamProject;
import org.attune.testsupport.PgCluster;


import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code faults team DIR}: the crash test of team projects (issue 21). A throwaway PostgreSQL server in a temporary
 * folder, several client processes ({@code faults team-child}) adding, renaming and deleting codes at random, some
 * killed with SIGKILL (and replaced), the server restarted (immediate stop) half-way; afterwards every acknowledged
 * action must be on the server once, every refused one absent, and the model of every client that ended by itself equal
 * to the server's ({@link TeamCheck}). Exit 1 when anything does not hold.
 */
@Command(name = "team", description = "Crash test of team projects: client processes killed, the server restarted; check what survives.")
public class TeamCrashCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<dir>", description = "A new or empty folder for the journals and the clients' models.")
    Path folder;

    @Option(names = "--clients", defaultValue = "3", description = "Client processes at a time (default: 3).")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "How long the clients act (default: 30).")
    int seconds;

    @Option(names = "--kills", defaultValue = "2", description = "Clients killed with SIGKILL, each replaced by a new one (default: 2).")
    int kills;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Mixin
    Output output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The printed result. */
    public record Result(int clients, int killed, int serverRestarts, int acknowledged, int refused, int unsettled, int survivors,
            List<String> problems, double seconds, boolean passed) {
    }

    private record Child(String prefix, Process process, Path journal, Path model) {
    }

    @Override
    public Integer call() throws Exception {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !Folders.isEmpty(dir))) {
            throw new CliFailure(dir + ": the folder is not empty; choose a new or empty folder");
        }
        Files.createDirectories(dir);
        Launcher launcher = Launcher.ofThisProcess();
        PrintWriter progress = spec.commandLine().getErr();
        Random random = new Random(seed);
        long started = System.nanoTime();
        try (PgCluster server = PgCluster.start()) {
            String url = server.urlWithCredentials(server.newDatabase("crash"));
            TeamProject.create(url, "Crash test");
            Path stop = dir.resolve("stop");
            List<Child> all = new ArrayList<>();
            List<Child> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(start(launcher, dir, url, stop, "c" + (all.size() + 1), random, all));
            }
            awaitReady(running); // the clock starts once every client acts: a loaded machine starts a JVM slowly
            // the faults, spread over the run: the kills, and the server's restart half-way
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            int restarts = 0;
            int killed = 0;
            List<Double> at = new ArrayList<>();
            for (int k = 0; k < kills; k++) {
                at.add((k + 1.0) / (kills + 1));
            }
            for (double when = 0; when <= 1.0; when += 0.05) {
                sleepUntil(end - (long) ((1 - when) * seconds * 1_000_000_000L));
                if (restarts == 0 && when >= 0.5) {
                    progress.println("restarting the server (immediate stop)");
                    progress.flush();
                    server.restart();
                    restarts++;
                }
                if (!at.isEmpty() && when >= at.get(0)) {
                    at.remove(0);
                    Child victim = running.remove(random.nextInt(running.size()));
                    victim.process().destroyForcibly().waitFor();
                    killed++;
                    progress.println("killed " + victim.prefix() + " (SIGKILL)");
                    progress.flush();
                    running.add(start(launcher, dir, url, stop, "c" + (all.size() + 1), random, all));
                }
            }
            Files.writeString(stop, "stop");
            Map<String, Map<String, String>> models = new TreeMap<>();
            for (Child child : running) {
                if (!child.process().waitFor(60, TimeUnit.SECONDS)) {
                    child.process().destroyForcibly();
                }
                if (Files.exists(child.model())) {
                    models.put(child.prefix(), TeamChildCommand.readCodes(child.model()));
                }
            }
            Map<String, Journal.Reading> journals = new LinkedHashMap<>();
            for (Child child : all) {
                journals.put(child.prefix(), Journal.read(child.journal()));
            }
            Map<String, String> database;
            try (TeamProject reading = TeamProject.open(url, Runnable::run)) {
                database = TeamChildCommand.codes(reading);
            }
            List<String> problems = new ArrayList<>(TeamCheck.problems(journals, database, names(server), models));
            for (Child child : running) {
                if (!models.containsKey(child.prefix())) {
                    problems.add(child.prefix() + " did not end by itself (exit " + (child.process().isAlive() ? "none" : child.process().exitValue())
                            + "): " + Console.message(Files.readString(dir.resolve(child.prefix() + ".err"))));
                }
            }
            int acknowledged = journals.values().stream().mapToInt(j -> j.acknowledged().size()).sum();
            int refused = journals.values().stream().mapToInt(j -> j.failed().size()).sum();
            int unsettled = journals.values().stream().mapToInt(j -> j.unsettled().size()).sum();
            if (acknowledged == 0) {
                problems.add("no client acknowledged any action: nothing was tested");
            }
            Result result = new Result(all.size(), killed, restarts, acknowledged, refused, unsettled, models.size(), problems,
                    (System.nanoTime() - started) / 1e9, problems.isEmpty());
            output.print(result, String.join(System.lineSeparator(),
                    String.format("team crash test: %d client processes (%d killed with SIGKILL), server restarted %d time(s), %.0f s",
                            result.clients(), killed, restarts, result.seconds()),
                    String.format("actions: %d acknowledged, %d refused (reported not done), %d unsettled (cut off by a kill)",
                            acknowledged, refused, unsettled),
                    String.format("every acknowledged action on the server once, nothing refused there, %d surviving clients' models equal to the server: %s",
                            models.size(), problems.isEmpty() ? "yes" : "NO"),
                    problems.isEmpty() ? "" : String.join(System.lineSeparator(), problems)).strip());
            return problems.isEmpty() ? Cli.OK : Cli.FAILED;
        }
    }

    private static Child start(Launcher launcher, Path dir, String url, Path stop, String prefix, Random random, List<Child> all)
            throws java.io.IOException {
        Path journal = dir.resolve(prefix + ".journal");
        Path model = dir.resolve(prefix + ".model.json");
        Process process = launcher.start(dir.resolve(prefix + ".out"), dir.resolve(prefix + ".err"), "faults", "team-child", url,
                "--journal", journal.toString(), "--prefix", prefix, "--seed", Long.toString(random.nextLong()), "--stop", stop.toString(),
                "--model", model.toString());
        Child child = new Child(prefix, process, journal, model);
        all.add(child);
        return child;
    }

    /** How many codes the server holds of each name (read as the owner of the tables, past every rule). */
    private static Map<String, Long> names(PgCluster server) throws java.sql.SQLException {
        Map<String, Long> names = new TreeMap<>();
        try (Connection admin = server.admin("crash"); Statement s = admin.createStatement();
                ResultSet r = s.executeQuery("select v.value, count(*) from value v join entity e on e.id = v.entity "
                        + "where e.type = 'Code' and v.name = 'name' group by v.value")) {
            while (r.next()) {
                names.put(r.getString(1), r.getLong(2));
            }
        }
        return names;
    }

    private static void awaitReady(List<Child> children) throws java.io.IOException, InterruptedException {
        long end = System.nanoTime() + 120_000_000_000L;
        for (Child child : children) {
            while (!Journal.read(child.journal()).ready() && child.process().isAlive() && System.nanoTime() < end) {
                Thread.sleep(100);
            }
        }
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }
}
