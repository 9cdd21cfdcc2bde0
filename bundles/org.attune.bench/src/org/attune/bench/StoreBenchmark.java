package org.attune.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.attune.cli.CliFailure;
import org.attune.model.AnalyticLevel;
import org.attune.model.AttuneFactory;
import org.attune.model.AttunePackage;
import org.attune.model.Code;
import org.attune.model.CodeChangeKind;
import org.attune.model.codes.Codes;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;
import org.eclipse.emf.edit.command.AddCommand;

import jetbrains.exodus.entitystore.Entity;
import jetbrains.exodus.entitystore.EntityId;
import jetbrains.exodus.entitystore.PersistentEntityStore;
import jetbrains.exodus.entitystore.PersistentEntityStores;
import jetbrains.exodus.env.EnvironmentConfig;
import jetbrains.exodus.env.Environments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code benchmark store DIR}: generates a project (by default 5,000 sources of ~10M words in all, 2,000
 * codes, 200,000 codings) through the store's own commands, then measures opening it, the heap it takes, and
 * committing one coding at a time; and, on the same machine in the same run, the same single-coding commit
 * written directly with Xodus.
 */
@Command(name = "store", description = "Project store: open time, heap after open, single-coding commit latency.")
public class StoreBenchmark extends GeneratingBenchmark {
    private static final AttuneFactory F = AttuneFactory.eINSTANCE;

    @Mixin
    GeneratedSources generated;

    @Option(names = "--codes", defaultValue = "2000")
    int codes;

    @Option(names = "--codings", defaultValue = "200000")
    int codings;

    @Option(names = "--samples", defaultValue = "1000", description = "Single-coding commits to time.")
    int samples;

    /** The printed result. */
    public record Result(int sources, long words, int codes, int codings, double generateSeconds, double storeMiB,
            double openMillis, double heapAfterOpenMiB, double heapForProjectMiB, Percentiles attuneCommit,
            Percentiles bareXodusCommit, double commitRatioP50) {
    }

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        try {
            generate(folder, generated, codes, codings, spec.commandLine().getErr());
        } catch (StoreException e) {
            throw new CliFailure(e.getMessage(), e);
        }
        double generateSeconds = (System.nanoTime() - started) / 1e9;
        double storeMiB = size(folder.resolve(ProjectStore.STORE_DIR)) / 1048576.0;

        long heapBefore = usedHeapAfterGc();
        long t0 = System.nanoTime();
        Percentiles attune;
        double openMillis;
        long heapAfter;
        try (ProjectStore store = ProjectStore.open(folder, OpenOptions.of("attune benchmark").withBackups(false))) {
            openMillis = (System.nanoTime() - t0) / 1e6;
            heapAfter = usedHeapAfterGc();
            progress("opened in %.0f ms; timing %d single-coding commits", openMillis, samples);
            attune = timeAttuneCommits(store);
        }
        Percentiles bare = timeBareXodusCommits();
        Result result = new Result(generated.sources, generated.words, codes, codings, generateSeconds, storeMiB, openMillis,
                heapAfter / 1048576.0, (heapAfter - heapBefore) / 1048576.0, attune, bare, attune.p50() / bare.p50());
        return output.done(result, String.join(System.lineSeparator(),
                String.format("project: %d sources, %d words, %d codes, %d codings; generated in %.1f s; store %.0f MiB",
                        generated.sources, generated.words, codes, codings, generateSeconds, storeMiB),
                String.format("open:                    %.0f ms (goal < 2000 ms)", openMillis),
                String.format("heap after open:         %.0f MiB used in all, %.0f MiB for the project (goal < 1024 MiB)",
                        result.heapAfterOpenMiB(), result.heapForProjectMiB()),
                "commit one coding, Attune: " + attune + " (goal: median < 5 ms)",
                "commit one coding, Xodus:  " + bare,
                String.format("Attune / bare Xodus at p50: %.2f", result.commitRatioP50())));
    }

    /**
     * Generates the benchmark's project in {@code folder}: {@code codes} codes (a theme over every nine), the sources of
     * {@code generated} with their texts, and {@code codings} codings spread over them (also {@code benchmark team}'s).
     */
    static void generate(Path folder, GeneratedSources generated, int codes, int codings, PrintWriter progress) throws StoreException {
        SyntheticCorpus corpus = new SyntheticCorpus(42);
        Random random = corpus.random();
        try (ProjectStore store = ProjectStore.create(folder, "Benchmark", OpenOptions.of("attune benchmark").withBackups(false))) {
            List<Code> all = new ArrayList<>();
            List<Code> themes = new ArrayList<>();
            for (int i = 0; i < codes; i++) {
                boolean theme = i % 10 == 0;
                Code code = Codes.create(theme ? themes : themes.get(themes.size() - 1).getChildren(), i, (theme ? "theme " : "code ") + i,
                        theme ? AnalyticLevel.CANDIDATE_THEME : AnalyticLevel.INITIAL_CODE, Codes.change(CodeChangeKind.CREATED, "created", List.of()));
                code.setDefinition("Segments where " + corpus.transcript(12));
                if (theme) {
                    themes.add(code);
                } else {
                    themes.get(themes.size() - 1).getChildren().add(code);
                }
                all.add(code);
            }
            store.execute(AddCommand.create(store.editingDomain(), store.project(), AttunePackage.Literals.PROJECT__CODES, themes));
            int sources = generated.sources;
            List<TextSource> made = generated.add(store, i -> {
                TextSource source = F.createTextSource();
                source.setName("Interview " + (i + 1));
                source.setLanguage("en");
                String text = corpus.transcript(generated.wordsPerSource());
                source.setLength(text.length());
                store.stageText(source, text);
                return source;
            }, added -> progress(progress, "generating sources: %d of %d", added, sources));
            int perSource = codings / sources;
            for (int s = 0; s < made.size(); s++) {
                TextSource source = made.get(s);
                int count = perSource + (s < codings % sources ? 1 : 0);
                List<Coding> group = new ArrayList<>(count);
                for (int c = 0; c < count; c++) {
                    group.add(coding(all.get(random.nextInt(all.size())), source.getLength(), random));
                }
                store.execute(AddCommand.create(store.editingDomain(), source, AttunePackage.Literals.SOURCE__CODINGS, group));
                if ((s + 1) % 500 == 0) {
                    progress(progress, "generating codings: %d of %d", (long) (s + 1) * perSource, codings);
                }
            }
        }
    }

    private static Coding coding(Code code, int length, Random random) {
        Coding coding = F.createCoding();
        coding.setCode(code);
        TextSelection selection = F.createTextSelection();
        int start = random.nextInt(Math.max(1, length - 400));
        selection.setStart(start);
        selection.setEnd(start + 20 + random.nextInt(380));
        coding.setSelection(selection);
        return coding;
    }

    private Percentiles timeAttuneCommits(ProjectStore store) {
        Random random = new Random(7);
        List<Source> all = store.project().getSources();
        List<Code> allCodes = new ArrayList<>();
        store.project().getCodes().forEach(t -> {
            allCodes.add(t);
            allCodes.addAll(t.getChildren());
        });
        long[] nanos = new long[samples];
        for (int i = -100; i < samples; i++) { // the first 100 warm up
            TextSource source = (TextSource) all.get(random.nextInt(all.size()));
            Coding coding = coding(allCodes.get(random.nextInt(allCodes.size())), source.getLength(), random);
            var command = AddCommand.create(store.editingDomain(), source, AttunePackage.Literals.SOURCE__CODINGS, coding);
            long t0 = System.nanoTime();
            store.execute(command);
            long elapsed = System.nanoTime() - t0;
            if (i >= 0) {
                nanos[i] = elapsed;
            }
        }
        return Percentiles.ofNanos(nanos);
    }

    /** The same write (one coding entity, its properties and links) done directly with Xodus, durable. */
    private Percentiles timeBareXodusCommits() throws IOException {
        Path scratch = Files.createTempDirectory("attune-bench-xodus");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PersistentEntityStores.class.getClassLoader());
        try (PersistentEntityStore xodus = PersistentEntityStores.newInstance(
                Environments.newInstance(scratch.toFile(), new EnvironmentConfig().setLogDurableWrite(true)))) {
            List<EntityId> sourceIds = new ArrayList<>();
            List<EntityId> codeIds = new ArrayList<>();
            xodus.executeInTransaction(txn -> {
                for (int i = 0; i < generated.sources; i++) {
                    sourceIds.add(txn.newEntity("TextSource").getId());
                }
                for (int i = 0; i < codes; i++) {
                    codeIds.add(txn.newEntity("Code").getId());
                }
            });
            EntityId user = xodus.computeInTransaction(txn -> txn.newEntity("User").getId());
            Random random = new Random(7);
            long[] nanos = new long[samples];
            for (int i = -100; i < samples; i++) {
                EntityId source = sourceIds.get(random.nextInt(sourceIds.size()));
                EntityId code = codeIds.get(random.nextInt(codeIds.size()));
                int start = random.nextInt(10_000);
                long t0 = System.nanoTime();
                xodus.executeInTransaction(txn -> {
                    Entity coding = txn.newEntity("Coding");
                    coding.setProperty("id", UUID.randomUUID().toString());
                    coding.setProperty("createdAt", System.currentTimeMillis());
                    coding.setProperty("_feature", "codings");
                    coding.setProperty("selection", "{\"$\":\"TextSelection\",\"start\":" + start + ",\"end\":" + (start + 99) + "}");
                    coding.setLink("_container", txn.getEntity(source));
                    coding.setLink("code", txn.getEntity(code));
                    coding.setLink("createdBy", txn.getEntity(user));
                });
                long elapsed = System.nanoTime() - t0;
                if (i >= 0) {
                    nanos[i] = elapsed;
                }
            }
            xodus.getEnvironment().close();
            return Percentiles.ofNanos(nanos);
        } finally {
            thread.setContextClassLoader(previous);
            deleteTree(scratch);
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
