package org.attune.bench.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import org.attune.coding.Codebook;
import org.attune.coding.Coder;
import org.attune.coding.Memos;
import org.attune.exchange.ProjectExport;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportOutcome;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.importer.TikaService;
import org.attune.model.Code;
import org.attune.model.Memo;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * The child's side: keeps the project open as the workbench does and performs random user actions on it, each
 * journalled before it starts and acknowledged when the store call returned. Stops only when killed (or after
 * {@code limit} actions).
 */
final class Actor {
    static final String HOLDER = "attune faults child";
    private static final String[] KINDS = {"import", "import", "import", "code", "code", "code", "code", "newcode",
            "newcode", "memo", "memo-edit", "memo-edit", "merge", "export", "backup"};

    private final Path project;
    private final Path inputs;
    private final Path exports;
    private final Journal journal;
    private final Random random;
    private final String prefix;
    private final boolean closes;
    private ProjectStore store;
    private int next;

    /** {@code closes}: whether backups may be made by closing and reopening (which lets go of the lock a moment). */
    Actor(Path project, Path work, Journal journal, long seed, String prefix, boolean closes) {
        this.project = project;
        this.inputs = work.resolve("inputs");
        this.exports = work.resolve("exports");
        this.journal = journal;
        this.random = new Random(seed);
        this.prefix = prefix;
        this.closes = closes;
    }

    void run(int limit) throws Exception {
        Files.createDirectories(inputs);
        Files.createDirectories(exports);
        if (random.nextBoolean()) {
            ageBackups(); // so that opening starts a backup while the actions run, as on the first opening of a day
        }
        warmUp();
        store = ProjectStore.open(project, OpenOptions.of(HOLDER));
        journal.ready();
        try {
            for (int i = 0; i < limit; i++) {
                String kind = KINDS[random.nextInt(KINDS.length)];
                act(kind.equals("backup") && !closes ? "code" : kind);
            }
        } finally {
            store.close();
        }
    }

    private void act(String kind) throws Exception {
        Step step = Step.of(prefix + "a" + next++, kind);
        List<TextSource> texts = store.project().getSources().stream().filter(TextSource.class::isInstance)
                .map(TextSource.class::cast).toList();
        List<Code> codes = new Codebook(store).all().stream().filter(c -> c.getParent() == null).toList();
        List<Memo> memos = store.project().getMemos();
        if (texts.isEmpty() || (codes.isEmpty() && kind.equals("code"))) {
            step = Step.of(step.id(), texts.isEmpty() ? "import" : "newcode");
        } else if ((kind.equals("memo-edit") && memos.isEmpty()) || (kind.equals("merge") && codes.size() < 2)) {
            step = Step.of(step.id(), kind.equals("merge") ? "newcode" : "memo");
        }
        switch (step.kind()) {
            case "import" -> importText(step);
            case "newcode" -> done(step.withCode("c-" + step.id()), s -> new Codebook(store).create(s.code(), null, null));
            case "code" -> code(step, texts.get(random.nextInt(texts.size())), codes.get(random.nextInt(codes.size())));
            case "memo" -> done(step.withMemo("m-" + step.id(), "Memo written by " + step.id()),
                    s -> new Memos(store).create(s.title(), s.text(), List.of()));
            case "memo-edit" -> {
                Memo memo = memos.get(random.nextInt(memos.size()));
                done(step.withMemo(memo.getTitle(), memo.getText() + "\nEdited by " + step.id()),
                        s -> new Memos(store).edit(memo, s.title(), s.text()));
            }
            case "merge" -> {
                Code from = codes.get(random.nextInt(codes.size()));
                Code into = codes.stream().filter(c -> c != from).toList().get(random.nextInt(codes.size() - 1));
                done(step.withCode(from.getName()).withInto(into.getName()), s -> new Codebook(store).merge(from, into));
            }
            case "export" -> {
                Path file = exports.resolve(step.id() + ".qdpx");
                done(step.withFile(file.toString()), s -> ProjectExport.write(store, file, new NullProgressMonitor()));
            }
            default -> backup(step);
        }
    }

    /**
     * Reads a text with Tika once before the project is opened, so that the kill's random moment falls among the
     * actions rather than mostly into the first import's one-time start-up.
     */
    private void warmUp() throws Exception {
        Path file = inputs.resolve("warm-up.txt");
        Files.writeString(file, Texts.transcript("warm-up", 200, random));
        new org.apache.tika.Tika(TikaService.find().config()).parseToString(file);
    }

    private void importText(Step step) throws Exception {
        Path file = inputs.resolve("i-" + step.id() + ".txt");
        Files.writeString(file, Texts.transcript(step.id(), 200 + random.nextInt(3000), random));
        Step begun = step.withSource("i-" + step.id()).withFile(file.toString());
        journal.begin(begun);
        ImportOutcome outcome = new Importer(store, ImportOptions.defaults()).importAll(List.of(file), ImportProgress.NONE)
                .outcomes().get(0);
        if (outcome.status() != ImportOutcome.Status.IMPORTED) {
            journal.fail(begun, outcome.status() + " " + outcome.detail());
            return;
        }
        Source source = store.project().getSources().stream().filter(s -> s.getName().equals(begun.source())).findFirst()
                .orElseThrow(() -> new IllegalStateException("imported " + begun.source() + " is not in the project"));
        journal.ack(begun.withTextHash(Snapshot.digest(store.text((TextSource) source))));
    }

    private void code(Step step, TextSource source, Code code) throws Exception {
        int length = Math.max(2, source.getLength());
        int start = random.nextInt(length - 1);
        int end = Math.min(length, start + 1 + random.nextInt(200));
        done(step.withSource(source.getName()).withCode(code.getName()).withRange(start, end),
                s -> new Coder(store).code(source, s.start(), s.end(), code));
    }

    /** Closing waits for a running backup; ageing the newest backup makes the next opening start another. */
    private void backup(Step step) throws Exception {
        journal.begin(step);
        store.close();
        ageBackups();
        store = ProjectStore.open(project, OpenOptions.of(HOLDER));
        store.close();
        store = ProjectStore.open(project, OpenOptions.of(HOLDER).withBackups(false));
        List<org.attune.store.BackupInfo> listed = store.backups();
        journal.ack(step.withFile(listed.isEmpty() ? null : listed.get(0).file().getFileName().toString()));
    }

    private void ageBackups() throws Exception {
        Path dir = project.resolve("backups");
        if (Files.isDirectory(dir)) {
            FileTime old = FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS));
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.setLastModifiedTime(f, old);
                }
            }
        }
    }

    interface Action {
        void run(Step step) throws Exception;
    }

    private void done(Step step, Action action) throws Exception {
        journal.begin(step);
        try {
            action.run(step);
        } catch (Exception e) { // refused or failed, and said so: no acknowledgement
            journal.fail(step, e.getClass().getSimpleName() + ": " + e.getMessage());
            return;
        }
        journal.ack(step);
    }
}
