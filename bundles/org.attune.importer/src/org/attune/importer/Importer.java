package org.attune.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.attune.core.IoProblems;
import org.attune.core.UserLog;
import org.attune.importer.ImportOutcome.Status;
import org.attune.importer.mail.MailImport;
import org.attune.importer.media.MediaInfo;
import org.attune.importer.media.MediaProbe;
import org.attune.importer.text.DocumentReader;
import org.attune.importer.text.SpeakerTurns;
import org.attune.importer.text.TextNormalizer;
import org.attune.importer.text.TimeCodes;
import org.attune.importer.timed.Cue;
import org.attune.importer.timed.Elan;
import org.attune.importer.timed.Subtitles;
import org.attune.importer.timed.TimedFormatException;
import org.attune.model.AttuneFactory;
import org.attune.model.AttunePackage;
import org.attune.model.AudioSource;
import org.attune.model.Case;
import org.attune.model.ImageSource;
import org.attune.model.MediaSource;
import org.attune.model.Source;
import org.attune.model.SpeakerTurn;
import org.attune.model.StorageMode;
import org.attune.model.SyncPoint;
import org.attune.model.TextSource;
import org.attune.model.VideoSource;
import org.attune.store.ContentHash;
import org.attune.store.ProjectStore;
import org.attune.store.TextContent;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * Imports files and folders into a project: transcripts and documents (through Tika), subtitles and ELAN
 * files with their time codes, audio, video and pictures. Files read while the one before was being committed
 * share one action of the store (at most {@value #GROUP}: a group commit, one sync for all), so a file is either
 * wholly imported or not at all, and reported imported only once on disk; a bad file is reported with its reason
 * and the batch goes on.
 */
public final class Importer {
    public static final String SOURCES_DIR = ProjectStore.SOURCES_DIR;
    static final int MAX_CHARACTERS = 50_000_000;
    /** At most this many files share one action and its sync (a group commit). */
    static final int GROUP = 16;
    /** Subtitle and ELAN files are read whole; real ones are a few megabytes at most. */
    static final long MAX_WHOLE_FILE_BYTES = 64L << 20;
    /** A file to copy up to this size is read once for its hash and its copy (at most this much per reading thread). */
    static final long READ_ONCE_BYTES = 8L << 20;
    private static final AttuneFactory F = AttuneFactory.eINSTANCE;
    private static final Set<String> SUBTITLES = Set.of("srt", "vtt", "sbv");

    private enum Kind {
        DOCUMENT, SUBTITLES, ELAN, AUDIO, VIDEO, IMAGE
    }

    /** Tika's detector of zip containers, found in its default detector when first needed. */
    private volatile Detector zipDetector;

    private final ProjectStore store;
    private final ImportOptions options;
    private final Executor modelThread;
    private final Map<String, String> knownContent = new ConcurrentHashMap<>();
    private final Copies copies;
    /** The project's recordings by lower-case name, so that linking a transcript does not scan every source. */
    private final Map<String, MediaSource> recordings = new ConcurrentHashMap<>();
    private final TikaConfig tika;
    private final TikaService tikaService;
    private final DocumentReader reader;

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
        this.tika = tika.config();
        this.reader = new DocumentReader(this.tika, MAX_CHARACTERS);
        this.store = store;
        this.options = options;
        this.modelThread = modelThread;
        this.copies = new Copies(store);
        for (Source source : store.project().getSources()) {
            if (source.getContentHash() != null) {
                knownContent.put(source.getContentHash(), source.getName());
            }
            if (source instanceof MediaSource media) {
                recordings.putIfAbsent(recordingKey(media), media);
            }
        }
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
        unique.sort(Comparator.comparingInt(Importer::order));
        List<Path> mails = unique.stream().filter(MailImport::handles).toList(); // many sources each: imported after the rest
        unique.removeAll(mails);
        progress.begin(unique.size() + mails.size());
        int workers = readingThreads();
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "Attune import");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<Prepared>> ahead = new ArrayList<>();
        boolean cancelled = false;
        List<Prepared> group = new ArrayList<>();
        try {
            int submitted = 0;
            for (int i = 0; i < unique.size(); i++) {
                while (submitted < unique.size() && submitted < i + 2 * workers + GROUP) {
                    Path next = unique.get(submitted++);
                    ahead.add(pool.submit(() -> prepare(next)));
                }
                if (progress.isCancelled()) {
                    cancelled = true;
                    commitGroup(group, outcomes, progress); // what was read before the Cancel is kept
                    discard(ahead.subList(i, ahead.size()));
                    for (Path rest : unique.subList(i, unique.size())) {
                        outcomes.add(new ImportOutcome(rest, Status.SKIPPED, "", "the import was cancelled before this file"));
                    }
                    break;
                }
                progress.starting(unique.get(i), i);
                group.add(await(ahead.get(i), unique.get(i)));
                // group commit: the files read meanwhile share one action and its sync, and are acknowledged after it;
                // when the next file is not read yet, what is here is committed rather than kept waiting
                boolean nextReady = i + 1 < unique.size() && ahead.get(i + 1).isDone();
                if (group.size() >= GROUP || !nextReady) {
                    commitGroup(group, outcomes, progress);
                }
            }
            commitGroup(group, outcomes, progress);
            cancelled = importMails(mails, unique.size(), outcomes, progress) || cancelled;
        } finally {
            pool.shutdownNow();
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
                        attachment -> new Importer(store, options.withCopy(true), modelThread, tikaService).importAll(List.of(attachment), ImportProgress.NONE).outcomes())
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

    private static int order(Path file) {
        String type = MimeTypes.getDefaultMimeTypes().getMimeType(file.getFileName().toString()).getType().getType();
        return type.equals("audio") || type.equals("video") ? 0 : 1;
    }

    /** Imports one file as one action; never throws for a bad file. */
    public ImportOutcome importOne(Path file) {
        List<ImportOutcome> outcome = new ArrayList<>();
        try {
            commitGroup(new ArrayList<>(List.of(prepare(file))), outcome, ImportProgress.NONE);
        } finally {
            copies.importDone();
        }
        return outcome.get(0);
    }

    /** A file read and parsed, ready to be added to the project; or what stops it. */
    private record Prepared(Path file, String kind, Source source, TextContent text, String hash, String detail, Path copied,
            ImportOutcome failure) {
        static Prepared failed(ImportOutcome outcome) {
            return new Prepared(outcome.file(), outcome.kind(), null, null, null, null, null, outcome);
        }
    }

    private Prepared prepare(Path file) {
        Path copied = null;
        String kind = extension(file);
        String detail = "";
        try {
            long size = checkSize(file);
            boolean copying = options.copy() && !store.isEncrypted();
            // a file to copy that is small enough is read once: its hash and its copy are made from the same bytes (the
            // copy is then exactly what the hash names); a larger one is read for the hash, and again for the copy
            byte[] content = copying && size <= READ_ONCE_BYTES ? Files.readAllBytes(file) : null;
            String hash = content == null ? ContentHash.sha256(file) : ContentHash.sha256(content);
            String twin = knownContent.get(hash);
            if (twin != null) {
                throw new ImportProblem(Status.SKIPPED, "it has the same content as \"" + twin + "\", imported already");
            }
            DetectedType detected;
            Built built;
            // one stream for detecting and parsing: Tika keeps the zip container it opened to detect a docx for the parser
            try (TikaInputStream in = TikaInputStream.get(file)) {
                detected = detect(file, in);
                Kind what = classify(file, detected.mediaType());
                kind = what.name().toLowerCase(Locale.ROOT);
                built = build(file, in, what, detected);
            }
            Source source = built.source(); // not in the project yet: this thread may fill it
            source.setName(baseName(file));
            source.setLanguage(options.language());
            source.setOriginalPath(file.toAbsolutePath().toString());
            source.setContentHash(hash);
            source.setImportedAt(Date.from(Instant.now()));
            source.getImportMetadata().put("mediaType", detected.mediaType());
            source.getImportMetadata().put("bytes", Long.toString(size));
            if (detected.note() != null) {
                source.getImportMetadata().put("note", detected.note());
            }
            if (options.copy() && store.isEncrypted()) {
                detail = "; linked, not copied: an encrypted project keeps no unencrypted copy of a file";
            }
            if (copying) {
                copied = copies.start(file, hash, content);
                source.setStorage(StorageMode.COPIED);
                source.setStoredPath(store.folder().relativize(copied).toString().replace('\\', '/'));
            } else {
                source.setStorage(StorageMode.LINKED);
                source.setStoredPath(linkPath(file));
            }
            detail = built.detail() + (detected.note() == null ? "" : "; " + detected.note()) + detail;
            // encoded here, on a reading thread, so that the action only copies the stored bytes
            TextContent text = built.text() == null ? null : TextContent.of(built.text());
            return new Prepared(file, kind, source, text, hash, detail, copied, null);
        } catch (ImportProblem e) {
            copies.delete(copied);
            return Prepared.failed(new ImportOutcome(file, e.status, kind, e.getMessage()));
        } catch (IOException e) {
            copies.delete(copied);
            return Prepared.failed(new ImportOutcome(file, Status.FAILED, kind, "cannot be read (" + IoProblems.reason(e) + ")"));
        } catch (RuntimeException e) {
            copies.delete(copied);
            return Prepared.failed(new ImportOutcome(file, Status.FAILED, kind, unexpected(file, e)));
        }
    }

    /**
     * Adds the prepared files of {@code group} to the project as one action, so that one durable commit (one
     * sync) serves them all, then reports each, in order: a file is reported imported only once it is on disk. A
     * crash during the action leaves all of the group's files out of the project, none of them in part.
     */
    private void commitGroup(List<Prepared> group, List<ImportOutcome> outcomes, ImportProgress progress) {
        if (group.isEmpty()) {
            return;
        }
        ImportOutcome[] outcome = new ImportOutcome[group.size()];
        List<Prepared> adding = new ArrayList<>();
        Map<String, String> inGroup = new java.util.HashMap<>();
        for (int i = 0; i < group.size(); i++) {
            Prepared p = group.get(i);
            if (p.failure() != null) {
                outcome[i] = p.failure();
                continue;
            }
            String twin = knownContent.getOrDefault(p.hash(), inGroup.get(p.hash()));
            if (twin != null) { // the same content came twice in this batch
                copies.delete(p.copied());
                outcome[i] = new ImportOutcome(p.file(), Status.SKIPPED, p.kind(), "it has the same content as \"" + twin + "\", imported already");
                continue;
            }
            inGroup.put(p.hash(), p.source().getName());
            adding.add(p);
        }
        // the copies on disk under their names before the sources that refer to them are committed
        Map<Path, String> notCopied = copies.makeDurable(adding.stream().map(Prepared::copied).filter(c -> c != null).toList());
        for (int i = 0; i < group.size(); i++) {
            Prepared p = group.get(i);
            String why = outcome[i] == null && p.copied() != null ? notCopied.get(p.copied()) : null;
            if (why != null) {
                adding.remove(p);
                copies.delete(p.copied());
                outcome[i] = new ImportOutcome(p.file(), Status.FAILED, p.kind(), why);
            }
        }
        String failure = null;
        if (!adding.isEmpty()) {
            try {
                onModelThread(() -> add(adding));
            } catch (RuntimeException e) { // StoreFailure among them: nothing was written
                failure = "was not imported: " + e.getMessage();
            }
        }
        for (int i = 0, a = 0; i < group.size(); i++) {
            if (outcome[i] != null) {
                continue;
            }
            Prepared p = adding.get(a++);
            if (failure != null) {
                copies.delete(p.copied());
                outcome[i] = new ImportOutcome(p.file(), Status.FAILED, p.kind(), failure);
                continue;
            }
            knownContent.put(p.hash(), p.source().getName());
            if (p.copied() != null) {
                copies.keep(p.copied());
            }
            outcome[i] = new ImportOutcome(p.file(), Status.IMPORTED, p.kind(), p.detail());
        }
        for (ImportOutcome done : outcome) {
            outcomes.add(done);
            progress.done(done);
        }
        group.clear();
    }

    private static Prepared await(Future<Prepared> future, Path file) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            String why = e.getCause() instanceof OutOfMemoryError ? "it is too large to read in the memory Attune has ("
                    + e.getCause().getMessage() + "); give Attune more memory (ATTUNE_VM_ARGS=-Xmx8g) and import it again"
                    : unexpected(file, e.getCause());
            return Prepared.failed(new ImportOutcome(file, Status.FAILED, extension(file), why));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Prepared.failed(new ImportOutcome(file, Status.SKIPPED, extension(file), "the import was interrupted"));
        }
    }

    /** A failure no check foresaw (a library's or Attune's bug): one line for the report, the stack trace for the log. */
    private static String unexpected(Path file, Throwable e) {
        UserLog.record("import of " + file + " failed", e);
        return "it could not be read (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + "); details are in " + UserLog.file();
    }

    /** Cancels what was read ahead, removing any copies already made. */
    private void discard(List<Future<Prepared>> pending) {
        for (Future<Prepared> future : pending) {
            if (!future.cancel(true) && future.isDone()) {
                try {
                    copies.delete(future.get().copied());
                } catch (ExecutionException | InterruptedException | java.util.concurrent.CancellationException e) {
                    // nothing was copied for it
                }
            }
        }
    }

    /** The one action that adds prepared sources (and their texts) to the project; then the media links. */
    private void add(List<Prepared> prepared) {
        List<Source> sources = new ArrayList<>();
        for (Prepared p : prepared) {
            if (p.source() instanceof TextSource textSource) {
                store.stageText(textSource, p.text());
                linkSpeakersToCases(textSource);
            }
            sources.add(p.source());
        }
        String label = sources.size() == 1 ? "import " + sources.get(0).getName() : "import " + sources.size() + " files";
        String caseName = options.caseName();
        if (caseName == null || caseName.isBlank()) {
            store.execute(labelled(AddCommand.create(store.editingDomain(), store.project(), AttunePackage.Literals.PROJECT__SOURCES, sources),
                    label));
        } else {
            store.apply(label, () -> {
                store.project().getSources().addAll(sources);
                Case participant = store.project().getCases().stream().filter(c -> caseName.strip().equals(c.getName()))
                        .findFirst().orElseGet(() -> {
                            Case created = F.createCase();
                            created.setName(caseName.strip());
                            store.project().getCases().add(created);
                            return created;
                        });
                participant.getSources().addAll(sources);
            });
        }
        for (Source source : sources) {
            if (source instanceof MediaSource media) {
                recordings.putIfAbsent(recordingKey(media), media);
            }
        }
        for (Source source : sources) {
            if (source instanceof TextSource textSource && options.linkMedia()) {
                linkToRecording(textSource);
            }
        }
    }

    /** EMF's commands are labelled "Add", "Set": the label names the action in Undo and in a failure's message. */
    private static org.eclipse.emf.common.command.Command labelled(org.eclipse.emf.common.command.Command command, String label) {
        if (command instanceof org.eclipse.emf.common.command.AbstractCommand named) {
            named.setLabel(label);
        }
        return command;
    }

    /** Links each turn whose speaker is the name of a case (a participant) to that case, before adding. */
    private void linkSpeakersToCases(TextSource source) {
        for (SpeakerTurn turn : source.getTurns()) {
            for (Case participant : store.project().getCases()) {
                if (participant.getName() != null && participant.getName().equalsIgnoreCase(turn.getSpeaker().strip())) {
                    turn.setCase(participant);
                    break;
                }
            }
        }
    }

    private void onModelThread(Runnable change) {
        RuntimeException[] failure = new RuntimeException[1];
        modelThread.execute(() -> {
            try {
                change.run();
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private long checkSize(Path file) throws IOException, ImportProblem {
        if (!Files.isRegularFile(file)) {
            throw new ImportProblem(Status.FAILED, Files.exists(file) ? "it is not a regular file" : "there is no such file");
        }
        long size = Files.size(file);
        if (size == 0) {
            throw new ImportProblem(Status.FAILED, "the file is empty");
        }
        if (size > options.sizeLimitBytes()) {
            throw new ImportProblem(Status.FAILED, String.format(Locale.ROOT,
                    "it is %,d MB, more than the import limit of %,d MB (a preference)", size >> 20, options.sizeLimitBytes() >> 20));
        }
        return size;
    }

    /** @param recognised whether the file's content alone identifies its type (not its name) */
    private record DetectedType(String mediaType, String note, boolean recognised) {
    }

    /** The type by content; a note when the file name's extension claims another type. */
    private DetectedType detect(Path file, TikaInputStream in) throws IOException {
        Metadata metadata = new Metadata();
        String name = file.getFileName().toString();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        MediaType byContent = zipContainerType(in, metadata);
        boolean recognised = byContent != null;
        if (byContent == null) {
            byContent = tika.getDetector().detect(in, metadata);
            String type = byContent.getType();
            // Tika falls back on the name when no magic matches: random bytes named .mp4 "are" video/mp4
            recognised = !(type.equals("audio") || type.equals("video") || type.equals("image"))
                    || !tika.getDetector().detect(in, new Metadata()).equals(MediaType.OCTET_STREAM);
        }
        MediaType byName = MimeTypes.getDefaultMimeTypes().getMimeType(name).getType();
        String note = null;
        boolean bothText = byContent.getType().equals("text") && byName.getType().equals("text");
        if (!byName.equals(MediaType.OCTET_STREAM) && !bothText && !related(byName, byContent)) {
            note = "its extension says " + byName.getBaseType() + " but it is " + byContent.getBaseType() + ", imported as such";
        }
        return new DetectedType(byContent.getBaseType().toString(), note, recognised);
    }

    /**
     * The specific type of a zip container (docx, odt, epub...) from Tika's zip container detector alone, or null
     * for anything else. Tika's composite detector would also match all its magic patterns against the first 64 KiB
     * and then choose the container detector's answer as the more specific one: for a zip, only that answer counts.
     */
    private MediaType zipContainerType(InputStream in, Metadata metadata) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            return null;
        }
        Detector zip = zipDetector;
        if (zip == null) {
            zip = ((CompositeDetector) tika.getDetector()).getDetectors().stream()
                    .filter(d -> d.getClass().getName().equals("org.apache.tika.detect.zip.DefaultZipContainerDetector"))
                    .findFirst().orElse((stream, md) -> MediaType.OCTET_STREAM);
            zipDetector = zip;
        }
        MediaType type = zip.detect(in, metadata);
        return type.equals(MediaType.OCTET_STREAM) || type.equals(MediaType.APPLICATION_ZIP) ? null : type;
    }

    private boolean related(MediaType a, MediaType b) {
        var registry = tika.getMediaTypeRegistry();
        return a.getBaseType().equals(b.getBaseType()) || registry.isSpecializationOf(a, b) || registry.isSpecializationOf(b, a)
                || a.getType().equals(b.getType()) && (a.getType().equals("audio") || a.getType().equals("video"));
    }

    private static Kind classify(Path file, String mediaType) throws ImportProblem {
        if (mediaType.contains("protected") || mediaType.contains("encrypted")) {
            throw new ImportProblem(Status.FAILED, "it is password-protected; remove the password and import it again");
        }
        String extension = extension(file);
        if (SUBTITLES.contains(extension)) {
            return Kind.SUBTITLES;
        }
        if (extension.equals("eaf")) {
            return Kind.ELAN;
        }
        if (mediaType.startsWith("audio/")) {
            return Kind.AUDIO;
        }
        if (mediaType.startsWith("video/")) {
            return Kind.VIDEO;
        }
        if (mediaType.startsWith("image/")) {
            return Kind.IMAGE;
        }
        if (mediaType.startsWith("text/") || mediaType.equals("application/pdf") || mediaType.equals("application/rtf")
                || mediaType.equals("application/msword") || mediaType.equals("application/xhtml+xml")
                || mediaType.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml")
                || mediaType.startsWith("application/vnd.oasis.opendocument.text")) {
            return Kind.DOCUMENT;
        }
        throw new ImportProblem(Status.FAILED, "Attune does not import this kind of file (" + mediaType
                + "); it imports documents, transcripts, subtitles, ELAN files, audio, video and pictures");
    }

    private record Built(Source source, String detail, String text) {
        Built(Source source, String detail) {
            this(source, detail, null);
        }
    }

    private Built build(Path file, TikaInputStream in, Kind kind, DetectedType detected) throws ImportProblem, IOException {
        try {
            return buildKind(file, in, kind, detected);
        } catch (TimedFormatException e) {
            throw new ImportProblem(e.getMessage() + "; nothing of it was imported", e);
        } catch (MediaProbe.NotMedia e) {
            throw new ImportProblem(e.getMessage(), e);
        }
    }

    private Built buildKind(Path file, TikaInputStream in, Kind kind, DetectedType detected)
            throws ImportProblem, IOException, TimedFormatException, MediaProbe.NotMedia {
        String mediaType = detected.mediaType();
        return switch (kind) {
            case DOCUMENT -> document(file, in, mediaType);
            case SUBTITLES -> timed(Subtitles.read(file.getFileName().toString(), readText(checkWholeSize(file, "subtitle"))), "subtitles");
            case ELAN -> {
                try (InputStream eaf = Files.newInputStream(checkWholeSize(file, "ELAN"))) {
                    yield timed(Elan.read(eaf), "ELAN annotations");
                }
            }
            case AUDIO, VIDEO -> media(file, kind, detected);
            case IMAGE -> image(file, detected);
        };
    }

    /** Refuses a file read whole that is too large to hold, rather than running out of memory on it. */
    private static Path checkWholeSize(Path file, String what) throws IOException, ImportProblem {
        long size = Files.size(file);
        if (size > MAX_WHOLE_FILE_BYTES) {
            throw new ImportProblem(Status.FAILED, String.format(Locale.ROOT, "it is %,d MB; %s files are read whole, and Attune"
                    + " reads at most %,d MB of them; nothing of it was imported", size >> 20, what, MAX_WHOLE_FILE_BYTES >> 20));
        }
        return file;
    }

    private Built document(Path file, TikaInputStream in, String mediaType) throws ImportProblem, IOException {
        if (mediaType.startsWith("text/")) {
            String notText = Plausibility.notText(file);
            if (notText != null) {
                throw new ImportProblem(Status.FAILED, notText);
            }
        }
        boolean truncated = mediaType.equals("application/pdf") && Plausibility.truncatedPdf(file);
        String cut = "it is damaged or truncated (the PDF stops before its end marker); nothing of it was imported";
        DocumentReader.Document document;
        try {
            document = reader.read(in, file, mediaType);
        } catch (DocumentReader.UnreadableException e) {
            throw new ImportProblem(truncated ? cut : e.getMessage(), e);
        }
        TextNormalizer.Normalized normalized = TextNormalizer.normalizeCountingWords(document.text());
        String text = normalized.text();
        if (text.isBlank()) {
            throw new ImportProblem(Status.FAILED, truncated ? cut : "it holds no text (a scanned document needs text recognition first)");
        }
        TextSource source = F.createTextSource();
        List<SpeakerTurns.Turn> turns = SpeakerTurns.detect(text, document.boldLeads());
        for (SpeakerTurns.Turn t : turns) {
            source.getTurns().add(turn(t.speaker(), t.start(), t.end()));
        }
        List<TimeCodes.Mark> marks = TimeCodes.find(text);
        for (TimeCodes.Mark mark : marks) {
            source.getSyncPoints().add(sync(mark.offset(), mark.timeMs()));
        }
        return finish(source, text, String.format(Locale.ROOT, "%,d words, %d speaker turns, %d time codes%s",
                normalized.words(), turns.size(), marks.size(),
                truncated ? "; the PDF stops before its end marker: it seems truncated, and what followed the cut is missing" : ""));
    }

    /** One line per cue ("Speaker: text" when the file names speakers), synced at both ends. */
    private Built timed(List<Cue> cues, String what) {
        TextSource source = F.createTextSource();
        StringBuilder text = new StringBuilder();
        int offset = 0;
        for (Cue cue : cues) {
            if (text.length() > 0) {
                text.append('\n');
                offset++;
            }
            String line = TextNormalizer.normalize((cue.speaker() == null ? "" : cue.speaker() + ": ") + cue.text()).replace('\n', ' ');
            int length = line.codePointCount(0, line.length());
            source.getSyncPoints().add(sync(offset, cue.startMs()));
            source.getSyncPoints().add(sync(offset + length, cue.endMs()));
            if (cue.speaker() != null) {
                source.getTurns().add(turn(cue.speaker(), offset, offset + length));
            }
            text.append(line);
            offset += length;
        }
        return finish(source, text.toString(), String.format(Locale.ROOT, "%s: %d cues from %s to %s", what, cues.size(),
                clock(cues.get(0).startMs()), clock(cues.stream().mapToLong(Cue::endMs).max().orElse(0))));
    }

    private Built finish(TextSource source, String text, String detail) {
        source.setLength(text.codePointCount(0, text.length()));
        return new Built(source, detail, text);
    }

    private Built media(Path file, Kind kind, DetectedType detected) throws IOException, MediaProbe.NotMedia {
        String mediaType = detected.mediaType();
        MediaInfo info = new MediaProbe(tika).probe(file, mediaType, detected.recognised());
        MediaSource source;
        if (kind == Kind.VIDEO) {
            VideoSource video = F.createVideoSource();
            video.setVideoCodec(info.videoCodec());
            setIfKnown(info.width(), video::setWidth);
            setIfKnown(info.height(), video::setHeight);
            if (info.frameRate() != null) {
                video.setFrameRate(info.frameRate());
            }
            source = video;
        } else {
            AudioSource audio = F.createAudioSource();
            source = audio;
        }
        source.setMimeType(mediaType);
        source.setAudioCodec(info.audioCodec());
        setIfKnown(info.channels(), source::setChannels);
        setIfKnown(info.sampleRate(), source::setSampleRate);
        source.getImportMetadata().put("readBy", info.readBy());
        String duration;
        if (info.durationMs() != null) {
            source.setDurationMs(info.durationMs());
            duration = clock(info.durationMs());
        } else {
            source.setDurationMs(-1);
            // ffprobe that ran and failed refuses the file (MediaProbe): here it is not installed
            duration = "duration unknown (install FFmpeg's ffprobe to read " + mediaType + "); times can still be typed";
        }
        return new Built(source, mediaType + ", " + duration);
    }

    private Built image(Path file, DetectedType detected) throws IOException, MediaProbe.NotMedia {
        String mediaType = detected.mediaType();
        MediaInfo info = new MediaProbe(tika).probe(file, mediaType, detected.recognised());
        ImageSource image = F.createImageSource();
        setIfKnown(info.width(), image::setWidth);
        setIfKnown(info.height(), image::setHeight);
        image.setTakenAt(info.takenAt());
        return new Built(image, mediaType + (info.width() == null ? "" : ", " + info.width() + "×" + info.height() + " px")
                + (info.takenAt() == null ? "" : ", taken " + info.takenAt().toInstant()));
    }

    /** Links a transcript to the recording with the same base name, as a second action. */
    private void linkToRecording(TextSource text) {
        MediaSource media = recordings.get(text.getName().toLowerCase(Locale.ROOT));
        if (media != null && media.eContainer() == store.project()) { // not deleted meanwhile
            store.execute(labelled(SetCommand.create(store.editingDomain(), text, AttunePackage.Literals.TEXT_SOURCE__MEDIA, media),
                    "link " + text.getName() + " to " + media.getName()));
        }
    }

    private static String recordingKey(MediaSource media) {
        return media.getName() == null ? "" : media.getName().toLowerCase(Locale.ROOT);
    }

    private String linkPath(Path file) {
        try {
            return store.folder().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return file.toAbsolutePath().toString(); // another drive: only an absolute path can reach it
        }
    }

    private static String readText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1); // older subtitle files are often Latin-1
        }
    }

    private static SpeakerTurn turn(String speaker, int start, int end) {
        SpeakerTurn turn = F.createSpeakerTurn();
        turn.setSpeaker(speaker);
        turn.setStart(start);
        turn.setEnd(end);
        return turn;
    }

    private static SyncPoint sync(int offset, long timeMs) {
        SyncPoint point = F.createSyncPoint();
        point.setOffset(offset);
        point.setTimeMs(timeMs);
        return point;
    }

    private static void setIfKnown(Integer value, java.util.function.IntConsumer setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    static String clock(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
