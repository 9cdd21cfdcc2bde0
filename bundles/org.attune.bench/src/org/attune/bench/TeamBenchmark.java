package org.attune.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.attune.cli.CliFailure;
import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Memo;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.model.text.Marks;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;
import org.attune.store.pg.OpenedProject;
import org.attune.store.pg.PgConnections;
import org.attune.store.pg.ProjectStores;
import org.attune.store.pg.StaleDataException;
import org.attune.store.pg.TeamProject;
import org.attune.store.pg.TeamProjectException;
import org.attune.testsupport.PgCluster;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code benchmark team}: a team project on one PostgreSQL server (a throwaway one in a temporary folder, as the tests
 * start it, or an empty database given by URL). It generates a project (by default 5,000 sources, 200,000 codings),
 * publishes it and times opening it; then simulated coders (each a client of its own, as a workbench is) code, write
 * memos, rename and add codes and delete codings at once for a while, and an observing client times how long each
 * change takes to reach it. Beside them, in the same run, the bare library: the rows of one coding inserted and
 * committed with plain JDBC into tables of the same layout, and a NOTIFY's round trip.
 */
@Command(name = "team", description = "Team projects: commit latency, seen-by-others latency, open time; beside plain JDBC.")
public class TeamBenchmark extends Benchmark {
    private static final AttuneFactory F = AttuneFactory.eINSTANCE;
    /** The sources every coder (and the observer) has open: where the codings go. */
    private static final int HOT_SOURCES = 20;
    private static final int CODES = 200;
    /** Bare-library samples of each kind. */
    private static final int SAMPLES = 500;

    @Option(names = "--server", paramLabel = "JDBC-URL", description = "An empty database to use; default: a throwaway server in a temporary folder.")
    String server;

    @Option(names = "--coders", defaultValue = "10")
    int coders;

    @Option(names = "--seconds", defaultValue = "20", description = "How long the coders act (default: 20).")
    int seconds;

    @Option(names = "--pause-ms", defaultValue = "100", description = "Each coder's pause between actions (default: 100 ms).")
    int pauseMillis;

    @Option(names = "--warm-up", defaultValue = "5", description = "Each coder's first actions, not measured: the JVM and the "
            + "server's plans warm up on them (default: 5).")
    int warmUp;

    @Mixin
    GeneratedSources generated;

    @Option(names = "--codings", defaultValue = "200000")
    int codings;

    /** The codings the coders deleted again (an observer may never have shown them: its next look came after). */
    private final java.util.Set<String> deletedLater = ConcurrentHashMap.newKeySet();
    /** Each kind of action's commit latencies (nanoseconds), in the order they are printed. */
    private final Map<String, List<Long>> byKind = new java.util.concurrent.ConcurrentSkipListMap<>();

    /** Actions reported not done (the server failed them: a deadlock tried again too often, a dropped connection). */
    private final java.util.concurrent.atomic.AtomicLong notDone = new java.util.concurrent.atomic.AtomicLong();

    /** With a throwaway server: the coders' URL, {@code %s} for their login; null: they use the URL given. */
    private String memberUrl;
    private static final String MEMBER_PASSWORD = "bench-" + Long.toHexString(System.nanoTime());

    /** The printed result. */
    public record Result(String server, int sources, int codings, double publishSeconds, double openMillis, List<Double> openRuns,
            double workbenchOpenMillis, int coders, int pauseMillis, double seconds, long committed, long refused, double committedPerSecond,
            Percentiles commit, Percentiles seen, Percentiles seenInWorkbench, Percentiles bareCommit, Percentiles bareNotify,
            boolean goalsMet) {
    }

    @Override
    public Integer call() throws Exception {
        PgCluster throwaway = null;
        try {
            String url = server;
            if (url == null) {
                progress("starting a throwaway PostgreSQL server");
                throwaway = PgCluster.start();
                String plain = throwaway.newDatabase("bench");
                url = throwaway.urlWithCredentials(plain);
                memberUrl = plain + "?user=%s&password=" + MEMBER_PASSWORD;
            }
            double publishSeconds = publish(url);
            if (throwaway != null) { // the coders log in as members, bound by the server's rules as in a real team
                try (Connection admin = throwaway.admin("bench"); Statement s = admin.createStatement()) {
                    for (int i = 0; i <= coders; i++) {
                        s.execute("create role " + member(i) + " login password '" + MEMBER_PASSWORD + "' in role attune_coder");
                    }
                }
            }
            List<Double> opens = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                try (TeamProject opened = TeamProject.open(asMember(url, 0), Runnable::run)) {
                    opens.add((System.nanoTime() - t0) / 1e6);
                }
            }
            double open = opens.stream().sorted().toList().get(1);
            progress("opened in %.0f ms (median of %s)", open, opens);
            progress("opening as the workbench does (a working copy of all the coder may read)");
            long w0 = System.nanoTime();
            try (OpenedProject workbench = ProjectStores.open(asMember(url, 0), OpenOptions.of("attune benchmark"), true, Runnable::run)) {
                progress("workbench opened in %.0f ms", (System.nanoTime() - w0) / 1e6);
            }
            double workbenchOpen = (System.nanoTime() - w0) / 1e6;
            Live live = live(url);
            Percentiles bareCommit = bareCommits(url);
            Percentiles bareNotify = bareNotifies(url);
            boolean met = live.commit().p95() < 20 && live.seen().p95() < 1000 && live.seenInWorkbench().p95() < 1000 && open < 5000
                    && workbenchOpen < 5000;
            Result result = new Result(PgConnections.withoutPassword(url), generated.sources, codings, publishSeconds, open, opens,
                    workbenchOpen, coders, pauseMillis, live.seconds(), live.committed(), live.refused(), live.committed() / live.seconds(),
                    live.commit(), live.seen(), live.seenInWorkbench(), bareCommit, bareNotify, met);
            return output.done(result, String.join(System.lineSeparator(),
                    String.format("team project: %d sources, %d codings; published in %.1f s", generated.sources, codings, publishSeconds),
                    String.format("open:                 %.0f ms (median of 3; goal < 5000 ms)", open),
                    String.format("open, workbench:      %.0f ms (with its working copy; goal < 5000 ms)", workbenchOpen),
                    String.format("%d coders, %d ms pause: %d actions committed and measured in %.1f s = %.1f/s (each coder's first %d "
                            + "not measured), %d refused (stale), %d not done", coders, pauseMillis, live.committed(), live.seconds(),
                            result.committedPerSecond(), warmUp, live.refused(), notDone.get()),
                    "commit, Attune:       " + live.commit() + " (goal: p95 < 20 ms)",
                    byKind.entrySet().stream().map(e -> String.format("  %-19s %s", e.getKey() + ":",
                            Percentiles.ofNanos(e.getValue().stream().mapToLong(Long::longValue).toArray())))
                            .collect(java.util.stream.Collectors.joining(System.lineSeparator())),
                    "seen by another:      " + live.seen() + " (goal: p95 < 1000 ms)",
                    "seen in a workbench:  " + live.seenInWorkbench() + " (goal: p95 < 1000 ms)",
                    "commit, plain JDBC:   " + bareCommit,
                    "NOTIFY round trip:    " + bareNotify,
                    "goals met: " + (met ? "yes" : "no")));
        } catch (TeamProjectException | StoreException e) {
            throw new CliFailure(e.getMessage(), e);
        } finally {
            if (throwaway != null) {
                throwaway.close();
            }
        }
    }

    private double publish(String url) throws IOException, StoreException, TeamProjectException {
        Path scratch = Files.createTempDirectory("attune-bench-team");
        try {
            StoreBenchmark.generate(scratch.resolve("project"), generated, CODES, codings, spec.commandLine().getErr());
            progress("publishing");
            long t0 = System.nanoTime();
            try (ProjectStore local = ProjectStore.open(scratch.resolve("project"), OpenOptions.of("attune benchmark").withBackups(false))) {
                TeamProject.publish(local, url);
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            StoreBenchmark.deleteTree(scratch);
        }
    }

    /** What the coders did and how long it took to commit and to be seen. */
    private record Live(double seconds, long committed, long refused, Percentiles commit, Percentiles seen, Percentiles seenInWorkbench) {
    }

    private Live live(String url) throws Exception {
        Map<String, Long> committedAt = new ConcurrentHashMap<>();
        Map<String, Long> seenAt = new ConcurrentHashMap<>();
        Map<String, Long> seenInWorkbench = new ConcurrentHashMap<>();
        List<TeamProject> clients = new ArrayList<>();
        java.util.concurrent.ExecutorService modelThread = java.util.concurrent.Executors
                .newSingleThreadExecutor(r -> new Thread(r, "workbench model thread"));
        try (TeamProject observer = TeamProject.open(url, Runnable::run);
                OpenedProject workbench = ProjectStores.open(url, OpenOptions.of("attune benchmark"), true, modelThread)) {
            for (Source source : observer.read(() -> List.copyOf(observer.project().getSources().subList(0, HOT_SOURCES)))) {
                observer.load(source);
            }
            observer.addChangeListener(change -> look(observer.project(), seenAt)); // on its listening thread, under its lock
            // a workbench: others' actions reach its working copy on its model thread, where its views would show them
            workbench.onOthersChanges(() -> look(workbench.store().project(), seenInWorkbench));
            for (int i = 0; i < coders; i++) {
                TeamProject coder = TeamProject.open(asMember(url, i + 1), Runnable::run);
                clients.add(coder);
                for (Source source : coder.read(() -> List.copyOf(coder.project().getSources().subList(0, HOT_SOURCES)))) {
                    coder.load(source);
                }
            }
            progress("%d coders acting for %d s", coders, seconds);
            List<long[]> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
            long[] refused = new long[coders];
            List<Thread> threads = new ArrayList<>();
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            for (int i = 0; i < coders; i++) {
                int index = i;
                List<Long> mine = new ArrayList<>();
                Thread thread = new Thread(() -> {
                    refused[index] = code(clients.get(index), index, end, mine, committedAt);
                    latencies.add(mine.stream().mapToLong(Long::longValue).toArray());
                }, "coder " + i);
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            double took = (System.nanoTime() - start) / 1e9;
            long caughtUp = System.nanoTime() + CATCH_UP_SECONDS * 1_000_000_000L; // the last changes reach the observers
            while (System.nanoTime() < caughtUp && !(caughtUp(committedAt, seenAt) && caughtUp(committedAt, seenInWorkbench))) {
                Thread.sleep(100);
            }
            long[] commits = latencies.stream().flatMapToLong(java.util.Arrays::stream).toArray();
            return new Live(took, commits.length, java.util.Arrays.stream(refused).sum(), Percentiles.ofNanos(commits),
                    seen(committedAt, seenAt, "the observing client"), seen(committedAt, seenInWorkbench, "the workbench"));
        } finally {
            clients.forEach(TeamProject::close);
            modelThread.shutdownNow();
        }
    }

    /**
     * How long after its commit each change was seen by an observer (those it never saw are said). A name that a later
     * rename of the same code replaced before the observer looked counts as seen when the later name was: others'
     * actions that arrive together are read together, as they are on the server then.
     */
    private Percentiles seen(Map<String, Long> committedAt, Map<String, Long> seenAt, String who) {
        Map<String, Long> shown = shown(committedAt, seenAt);
        long[] seen = committedAt.entrySet().stream().filter(e -> shown.containsKey(e.getKey()))
                .mapToLong(e -> Math.max(0, shown.get(e.getKey()) - e.getValue())).toArray();
        long gone = committedAt.keySet().stream().filter(k -> !shown.containsKey(k) && deletedLater.contains(k)).count();
        long unseen = committedAt.keySet().stream().filter(k -> !shown.containsKey(k) && !deletedLater.contains(k)).count();
        if (gone > 0) {
            progress("%d codings were deleted again by their coder before %s showed them (not counted)", gone, who);
        }
        if (unseen > 0) {
            progress("%d changes never reached %s (in %d s after the last commit)", unseen, who, CATCH_UP_SECONDS);
        }
        return seen.length == 0 ? new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN) : Percentiles.ofNanos(seen);
    }

    /** How long the observers are given after the coders stopped to show the last changes. */
    private static final int CATCH_UP_SECONDS = 30;

    /** Whether an observer shows every committed change (or a later rename of it). */
    private boolean caughtUp(Map<String, Long> committedAt, Map<String, Long> seenAt) {
        Map<String, Long> shown = shown(committedAt, seenAt);
        return committedAt.keySet().stream().allMatch(k -> shown.containsKey(k) || deletedLater.contains(k));
    }

    /** When each committed change was first shown: seen itself, or replaced by a later rename of the same code. */
    private static Map<String, Long> shown(Map<String, Long> committedAt, Map<String, Long> seenAt) {
        Map<String, Long> shown = new java.util.HashMap<>(seenAt);
        committedAt.forEach((key, at) -> {
            int colon = key.indexOf(':');
            if (!shown.containsKey(key) && colon > 0) {
                String code = key.substring(0, colon + 1);
                committedAt.entrySet().stream().filter(e -> e.getKey().startsWith(code) && e.getValue() > at && seenAt.containsKey(e.getKey()))
                        .mapToLong(e -> seenAt.get(e.getKey())).min().ifPresent(later -> shown.put(key, later));
            }
        });
        return shown;
    }

    /** One coder's actions until {@code end}: a realistic mix. Returns how many were refused as stale. */
    private long code(TeamProject team, int index, long end, List<Long> latencies, Map<String, Long> committedAt) {
        Random random = new Random(index);
        List<Code> allCodes = team.read(() -> List.copyOf(team.project().getCodes()));
        List<Code> own = new ArrayList<>();
        List<Coding> ownCodings = new ArrayList<>();
        long refused = 0;
        for (int n = 0; System.nanoTime() < end; n++) {
            int pick = random.nextInt(100);
            TextSource source = (TextSource) team.read(() -> team.project().getSources().get(random.nextInt(HOT_SOURCES)));
            String key;
            String kind;
            Runnable change;
            Runnable done = () -> { };
            if (pick < 60 || (pick >= 90 && ownCodings.isEmpty()) || (pick >= 80 && pick < 85 && own.isEmpty())) {
                Coding coding = Marks.coding(allCodes.get(random.nextInt(allCodes.size())), Marks.text(n, n + 40));
                coding.setId(UUID.randomUUID().toString());
                key = coding.getId();
                kind = "add a coding";
                change = () -> source.getCodings().add(coding);
                done = () -> ownCodings.add(coding);
            } else if (pick < 80) {
                Memo memo = F.createMemo();
                memo.setId(UUID.randomUUID().toString());
                memo.setTitle("Coder " + index + " note " + n);
                memo.setText("What the coder noticed in " + source.getName());
                key = memo.getId();
                kind = "write a memo";
                change = () -> team.project().getMemos().add(memo);
            } else if (pick < 85) {
                Code code = own.get(random.nextInt(own.size()));
                String name = "coder " + index + " code " + n;
                key = code.getId() + ":" + name;
                kind = "rename a code";
                change = () -> code.setName(name);
            } else if (pick < 90) {
                Code code = F.createCode();
                code.setId(UUID.randomUUID().toString());
                code.setName("coder " + index + " code " + n);
                key = code.getId() + ":" + code.getName();
                kind = "add a code";
                change = () -> team.project().getCodes().add(code);
                done = () -> own.add(code);
            } else {
                Coding coding = ownCodings.remove(random.nextInt(ownCodings.size()));
                key = null; // a deletion: timed to commit, not to be seen
                kind = "delete a coding";
                change = () -> coding.getSource().getCodings().remove(coding);
                done = () -> deletedLater.add(coding.getId());
            }
            long t0 = System.nanoTime();
            try {
                team.apply("benchmark action", change);
                long t1 = System.nanoTime();
                if (n >= warmUp) {
                    latencies.add(t1 - t0);
                    byKind.computeIfAbsent(kind, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(t1 - t0);
                }
                if (key != null && n >= warmUp) {
                    committedAt.put(key, t1);
                }
                done.run();
            } catch (StaleDataException e) {
                refused++;
            } catch (TeamProjectException e) {
                // reported not done (as a researcher would see it) and counted: the coder goes on, as she would
                if (notDone.getAndIncrement() == 0) {
                    progress("an action was reported not done: %s", e.getMessage());
                }
            }
            pause(pauseMillis);
        }
        return refused;
    }

    /** An observer's look at its model after each change: what it now shows, with the time it first showed it. */
    private static void look(org.attune.model.Project project, Map<String, Long> seenAt) {
        long now = System.nanoTime();
        for (Source source : project.getSources().subList(0, HOT_SOURCES)) {
            for (Coding coding : source.getCodings()) {
                seenAt.putIfAbsent(coding.getId(), now);
            }
        }
        for (Memo memo : project.getMemos()) {
            seenAt.putIfAbsent(memo.getId(), now);
        }
        for (Code code : project.getCodes()) {
            seenAt.putIfAbsent(code.getId() + ":" + code.getName(), now);
        }
    }

    /** The rows of one coding (its entity, selection and two links) inserted and committed with plain JDBC. */
    private Percentiles bareCommits(String url) throws TeamProjectException, SQLException {
        try (Connection db = PgConnections.open(url)) {
            try (Statement s = db.createStatement()) {
                s.execute("create table bare_entity (like entity including all)");
                s.execute("create table bare_value (like value including all)");
                s.execute("create table bare_link (like link including all)");
                // the same references as the project's tables (LIKE leaves foreign keys out)
                s.execute("alter table bare_entity add foreign key (container) references bare_entity(id) on delete cascade, "
                        + "add foreign key (lazy_root) references bare_entity(id) on delete cascade");
                s.execute("alter table bare_value add foreign key (entity) references bare_entity(id) on delete cascade");
                s.execute("alter table bare_link add foreign key (owner) references bare_entity(id) on delete cascade, "
                        + "add foreign key (target) references bare_entity(id) on delete cascade");
                s.execute("insert into bare_entity(id, type) values (-1, 'TextSource'), (-2, 'Code'), (-3, 'User')");
                db.commit();
            }
            long[] nanos = new long[SAMPLES];
            try (PreparedStatement entity = db.prepareStatement("insert into bare_entity(id, uuid, type, container, feature, pos, lazy_root) "
                    + "values (nextval('entity_ids'), ?, 'Coding', -1, 'codings', 0, -1) returning id");
                    PreparedStatement value = db.prepareStatement("insert into bare_value(entity, name, lazy, value) values (?, ?, true, ?)");
                    PreparedStatement link = db.prepareStatement("insert into bare_link(owner, name, idx, lazy, target) values (?, ?, 0, true, ?)")) {
                for (int i = -50; i < SAMPLES; i++) {
                    long t0 = System.nanoTime();
                    entity.setString(1, UUID.randomUUID().toString());
                    long id;
                    try (var r = entity.executeQuery()) {
                        r.next();
                        id = r.getLong(1);
                    }
                    value.setLong(1, id);
                    value.setString(2, "selection");
                    value.setString(3, "{\"$\":\"TextSelection\",\"start\":" + i + ",\"end\":" + (i + 40) + "}");
                    value.executeUpdate();
                    link.setLong(1, id);
                    link.setString(2, "code");
                    link.setLong(3, -2);
                    link.addBatch();
                    link.setLong(1, id);
                    link.setString(2, "createdBy");
                    link.setLong(3, -3);
                    link.addBatch();
                    link.executeBatch();
                    db.commit();
                    if (i >= 0) {
                        nanos[i] = System.nanoTime() - t0;
                    }
                }
            }
            try (Statement s = db.createStatement()) {
                s.execute("drop table bare_link, bare_value, bare_entity");
                db.commit();
            }
            return Percentiles.ofNanos(nanos);
        }
    }

    /** A NOTIFY committed on one connection until another, listening, has it. */
    private Percentiles bareNotifies(String url) throws TeamProjectException, SQLException {
        try (Connection sending = PgConnections.open(url); Connection listening = PgConnections.open(url)) {
            listening.setAutoCommit(true);
            try (Statement s = listening.createStatement()) {
                s.execute("listen bare_bench");
            }
            PGConnection pg = listening.unwrap(PGConnection.class);
            long[] nanos = new long[SAMPLES];
            try (PreparedStatement notify = sending.prepareStatement("select pg_notify('bare_bench', ?)")) {
                for (int i = -50; i < SAMPLES; i++) {
                    long t0 = System.nanoTime();
                    notify.setString(1, Integer.toString(i));
                    notify.executeQuery().close();
                    sending.commit();
                    PGNotification[] got = null;
                    while (got == null || got.length == 0) {
                        got = pg.getNotifications(1000);
                    }
                    if (i >= 0) {
                        nanos[i] = System.nanoTime() - t0;
                    }
                }
            }
            return Percentiles.ofNanos(nanos);
        }
    }

    private static String member(int index) {
        return "bench_coder_" + index;
    }

    /** The URL member {@code index} logs in with (0 opens the project for its time): as a coder on a throwaway server. */
    private String asMember(String url, int index) {
        return memberUrl == null ? url : memberUrl.formatted(member(index));
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
