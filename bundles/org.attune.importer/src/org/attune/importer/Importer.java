package org.attune.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.attune.core.UserLog;
import org.attune.importer.ImportOutcome.Status;
import org.attune.importer.mail.MailImport;
import org.attune.store.ProjectStore;

/**
 * Imports files and folders into a project: transcripts and documents (through Tika), subtitles and ELAN
 * files with their time codes, audio, video and pictures, and e-mails. The files are read on worker threads
 * ({@link SourceReader}: {@link TypeDetection}, then the {@link SourceBuilder} of their kind) ahead of the thread
 * that adds them ({@link ImportPipeline}); files read while the one before was being committed share one action of
 * the store ({@link GroupCommit}: one sync for all), so a file is either wholly imported or not at all, and reported
 * imported only once on disk; a bad file is reported with its reason and the batch goes on.
 */
public final class Importer {
    public static final String SOURCES_DIR = ProjectStore.SOURCES_DIR;

    private final ProjectStore store;
    private final ImportOptions options;
    private final Executor modelThread;
    private final Copies copies;
    private final GroupCommit commit;
    private final SourceReader reader;
    private final TikaService tikaService;

    /** An importer with the shared Tika ({@link TikaService#find}) that changes the model on the calling thread. */
    public Importer(ProjectStore store, ImportOptions options) {
        this(store, options, Runnable::run);
    }

    /** An importer with the shared Tika ({@link TikaService#find}). */
    public Importer(ProjectStore store, ImportOptions options, Executor modelThread) {
        this(store, options, modelThread, TikaService.find());
    }

    /**
     * @param modelThread runs the changes to the project model (the UI thread in the workbench); reading and
     *        parsing files happens on the calling thread
     * @param tika the configured Tika (the OSGi service, or one made with {@code new TikaService()})
     */
    public Importer(ProjectStore store, ImportOptions options, Executor modelThread, TikaService tika) {
        this.tikaService = tika;
        this.store = store;
        this.options = options;
        this.modelThread = modelThread;
        this.copies = new Copies(store);
        this.commit = new GroupCommit(store, options, modelThread, copies);
        this.reader = new SourceReader(store, options, copies, commit::twinOf, tika.config());
    }

    /**
     * Imports every file given, and every file below every folder given (hidden files excepted). Files are read
     * and parsed on worker threads ahead of the one that adds them to the project, in order, one action each.
     */
    public ImportReport importAll(List<Path> inputs, ImportProgress progress) {
        List<Path> files = new ArrayList<>();
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    outcomes.add(new ImportOutcome(input, Status.FAILED, "folder", "cannot list the folder (" + e.getMessage() + ")"));
                }
            } else {
                files.add(input);
            }
        }
        List<Path> unique = files.stream().map(p -> p.toAbsolutePath().normalize()).distinct().collect(Collectors.toList());
        // recordings first, so that transcripts imported with them can be linked to them
        unique.sort(Comparator.comparingInt(TypeDetection::order));
        List<Path> mails = unique.stream().filter(MailImport::handles).toList(); // many sources each: imported after the rest
        unique.removeAll(mails);
        progress.begin(unique.size() + mails.size());
        boolean cancelled;
        try {
            cancelled = new ImportPipeline(reader, commit, copies).run(unique, outcomes, progress);
            cancelled = importMails(mails, unique.size(), outcomes, progress) || cancelled;
        } finally {
            copies.importDone();
        }
        return new ImportReport(List.copyOf(outcomes), cancelled);
    }

    /** Imports the e-mails, one file after the other; true if cancelled before the last. */
    private boolean importMails(List<Path> mails, int before, List<ImportOutcome> outcomes, ImportProgress progress) {
        for (int i = 0; i < mails.size(); i++) {
            if (progress.isCancelled()) {
                mails.subList(i, mails.size()).forEach(rest -> outcomes.add(new ImportOutcome(rest, Status.SKIPPED, "", "the import was cancelled before this file")));
                return true;
            }
            progress.starting(mails.get(i), before + i);
            List<ImportOutcome> done;
            try {
                done = new MailImport(store, options, modelThread,
                        attachment -> new Importer(store, options.withCopy(true), modelThread, tikaService).importAll(List.of(attachment), ImportProgress.NONE).outcomes(),
                        (name, content) -> new Importer(store, options.withCopy(true), modelThread, tikaService).importHeld(name, content))
                        .importFile(mails.get(i));
            } catch (RuntimeException e) { // a bug: the messages added before it are kept, the report says where to look
                done = List.of(new ImportOutcome(mails.get(i), Status.FAILED, "e-mail", unexpected(mails.get(i), e)));
            }
            outcomes.addAll(done);
            done.forEach(progress::done);
        }
        return false;
    }

    /** The threads that read and parse files ahead of the one that adds them: one per core, up to 4. */
    public static int readingThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** Imports one file as one action; never throws for a bad file. */
    public ImportOutcome importOne(Path file) {
        return importOne(file, null);
    }

    /**
     * Imports a document, recording or picture held in memory only (an e-mail attachment in an encrypted project) as one
     * action, copied (encrypted as written in an encrypted project) and read from memory (FFmpeg through a loopback
     * stream): no plaintext byte of it reaches the disk, not even a temporary file. Subtitles and ELAN files are
     * reported skipped: they {@link #STAYS_IN_MAIL}.
     *
     * @param name names the file (its extension counts); nothing is read from or written to it
     */
    public ImportOutcome importHeld(Path name, byte[] content) {
        return importOne(name, content);
    }

    /** How an e-mail attachment that is not imported from memory ({@link #importHeld}) is reported: it stays there. */
    public static final String STAYS_IN_MAIL = "it stays in the e-mail";

    private ImportOutcome importOne(Path file, byte[] held) {
        List<ImportOutcome> outcome = new ArrayList<>();
        try {
            commit.commit(new ArrayList<>(List.of(reader.prepare(file, held))), outcome, ImportProgress.NONE);
        } finally {
            copies.importDone();
        }
        return outcome.get(0);
    }

    /** A failure no check foresaw (a library's or Attune's bug): one line for the report, the stack trace for the log. */
    static String unexpected(Path file, Throwable e) {
        UserLog.record("import of " + file + " failed", e);
        return "it could not be read (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + "); details are in " + UserLog.file();
    }
}
