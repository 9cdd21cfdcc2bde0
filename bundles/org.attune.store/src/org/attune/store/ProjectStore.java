package org.attune.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.model.User;
import org.attune.store.internal.AttuneCommandStack;
import org.attune.store.internal.AtomicFiles;
import org.attune.store.internal.Backups;
import org.attune.store.internal.StoreRewrite;
import org.attune.store.internal.DescriptorFiles;
import org.attune.store.internal.Gesture;
import org.attune.store.internal.InFlight;
import org.attune.store.internal.LockFileRoom;
import org.attune.store.internal.LossCheck;
import org.attune.store.internal.OwnerOnly;
import org.attune.store.internal.ProjectDescriptor;
import org.attune.store.internal.ProjectLock;
import org.attune.store.internal.Restore;
import org.attune.store.internal.StoreAccess;
import org.attune.store.internal.StoreCheck;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import jetbrains.exodus.entitystore.PersistentEntityStore;
import jetbrains.exodus.entitystore.PersistentEntityStoreConfig;
import jetbrains.exodus.entitystore.PersistentEntityStores;
import jetbrains.exodus.env.EnvironmentConfig;
import jetbrains.exodus.env.Environments;

/**
 * An open Attune project: its model in memory (without source texts and codings, which are read when first
 * needed), an editing domain whose every command is one Xodus transaction, and the project's lock.
 *
 * <p>A project folder holds {@code attune-project.json} (format, schema version, key derivation) and its copy
 * {@code attune-project.json.bak}, {@code store/} (Xodus, encrypted when the project has a passphrase),
 * {@code project.lock}, {@code attune-counts.json} (what the last saved action left) and {@code backups/}.
 * Changes go through {@link #execute(Command)} or {@link #apply(String, Runnable)}; each returns once the change
 * is committed, and undo/redo commit likewise.
 */
public final class ProjectStore implements AutoCloseable {
    /** The project's folder of copied-in files (documents, recordings, pictures), which its sources refer to. */
    public static final String SOURCES_DIR = "sources";
    /**
     * 1: the first format (a bare project descriptor); 2: the full model; 3: texts deflated in their own Xodus store;
     * 4: long values in their own Xodus store; 5: texts and long values over 1 MiB kept in chunks; 6: text values and
     * texts kept with their CRC-32C, checked when read; 7: sources have attribute values (Source.values, attribute
     * definitions for sources).
     */
    public static final int SCHEMA_VERSION = 7;
    public static final String STORE_DIR = "store";
    private static final String ALREADY_A_PROJECT =
            "the folder is not empty: it already holds a project; choose a new or empty folder";

    private final Path folder;
    private final ProjectLock lock;
    private final PersistentEntityStore xodus;
    private final StoreAccess access;
    private final AdapterFactoryEditingDomain domain;
    private final boolean encrypted;
    private final Originals originals;
    private final boolean readOnly;
    private final Thread backup;
    private final StoreCheck check;
    private boolean closed;
    /** A withdrawal was written: closing rewrites the store with its live records only ({@link StoreRewrite}). */
    private boolean compactOnClose;

    private ProjectStore(Path folder, ProjectLock lock, PersistentEntityStore xodus, ProjectDescriptor descriptor,
            OpenOptions options) throws StoreException {
        this.folder = folder;
        this.lock = lock;
        this.xodus = xodus;
        this.encrypted = descriptor.encrypted();
        byte[] originalsKey = encrypted ? descriptor.originalsKey() : null;
        if (encrypted && originalsKey == null) {
            descriptor.unlock(folder, options.passphrase());
            originalsKey = descriptor.originalsKey();
        }
        this.originals = new Originals(folder, originalsKey);
        this.readOnly = options.readOnly();
        this.access = StoreAccess.load(folder, xodus);
        AttuneCommandStack stack = access.commandStack();
        this.domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);
        Resource resource = new ResourceImpl(URI.createURI("attune:/" + folder.getFileName()));
        domain.getResourceSet().getResources().add(resource);
        access.untracked(() -> resource.getContents().add(access.project()));
        LossCheck.run(folder, access.counts(), options.warnings());
        if (!readOnly) {
            settleInFlight(options);
            access.setCurrentUser(System.getProperty("user.name", "researcher"));
        }
        this.check = StoreCheck.start(xodus, folder, options.warnings());
        this.backup = options.backups() && !readOnly ? Backups.startInBackground(xodus, folder, access::counts, check::sound) : null;
    }

    /** What a process killed while exporting or importing left: settled now that this one holds the lock. */
    private void settleInFlight(OpenOptions options) {
        Set<Path> referenced = new HashSet<>();
        for (Source source : access.project().getSources()) {
            if (source.getStoredPath() != null) {
                referenced.add(folder.resolve(source.getStoredPath()).toAbsolutePath().normalize());
            }
        }
        try {
            InFlight.settle(folder, referenced, options.warnings());
        } catch (IOException e) {
            options.warnings().accept(folder + ": the files of an export or import that was cut off could not be tidied up ("
                    + e.getMessage() + "); they are listed in " + InFlight.DIR + "/ and will be tidied up at the next opening");
        }
    }

    /**
     * Starts writing an export (or any file made from the project) to {@code target}: write {@link PendingFile#partial()},
     * then {@link PendingFile#finish()}, and close it in every case. A process killed meanwhile leaves nothing behind
     * that the next opening does not remove. Where the record cannot be written (a full disk, a read-only project
     * folder) the export goes ahead unrecorded: it is made from the project, which loses nothing if it is cut off.
     */
    public PendingFile writingExport(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            InFlight.Started started = InFlight.export(folder, absolute);
            return new PendingFile(started.record(), started.partial(), absolute, false);
        } catch (IOException e) {
            return new PendingFile((Path) null, InFlight.partialFor(absolute), absolute, false);
        }
    }

    /**
     * Starts copying a user's file (of that SHA-256) into the project as {@code target}; close the pending file once
     * the source that refers to the copy is saved, or the copy removed. After a kill, the next opening removes a copy
     * no source refers to if the original is still there, and otherwise keeps it aside in {@code recovered/} and says so.
     */
    public PendingFile copyingIn(Path original, String sha256, Path target) throws StoreException {
        refuseIfReadOnly("import " + original.getFileName());
        try {
            InFlight.Started started = InFlight.copy(folder, original, sha256, target);
            return new PendingFile(started.record(), started.partial(), target.toAbsolutePath().normalize(), true);
        } catch (IOException e) {
            throw new StoreException(folder, "cannot record the copy of " + original + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The records of many copies into the project, one import's, kept in one file ({@link CopyRecords}); close them when
     * the import is over.
     */
    public CopyRecords copyRecords() {
        return new CopyRecords(this);
    }

    /** Creates a project in {@code folder}, which must be new or empty, and opens it. */
    public static ProjectStore create(Path folder, String name, OpenOptions options) throws StoreException {
        Path dir = folder.toAbsolutePath().normalize();
        if (name == null || name.isBlank()) {
            throw new StoreException(dir, "a project needs a name");
        }
        if (Files.exists(dir) && !isEmptyDirectory(dir) && !holdsOnlyTheLock(dir)) { // a lock alone: a create that crashed
            throw new StoreException(dir, !Files.isDirectory(dir) ? "a file of that name exists; choose a new or empty folder"
                    : DescriptorFiles.exists(dir) || Files.exists(dir.resolve(ProjectLock.FILE_NAME)) ? ALREADY_A_PROJECT
                            : "the folder is not empty; choose a new or empty folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException(dir, "cannot create the folder (" + e.getMessage() + ")", e);
        }
        OwnerOnly.folder(dir);
        // the lock first: a second create racing for the same folder must find it taken, not overwrite the
        // descriptor (and with it the key-derivation parameters) of the project being made
        ProjectLock lock = ProjectLock.acquire(dir, options.holder());
        try {
            if (!holdsOnlyTheLock(dir)) {
                throw new StoreException(dir, ALREADY_A_PROJECT);
            }
            ProjectDescriptor descriptor = ProjectDescriptor.create(SCHEMA_VERSION, options.passphrase(), !options.randomKey());
            DescriptorFiles.write(dir, descriptor);
            byte[] key = descriptor.encrypted() ? descriptor.unlock(dir, options.passphrase()) : null;
            PersistentEntityStore xodus = openXodus(dir, key, descriptor.encrypted() ? descriptor.basicIV() : 0,
                    options.durable(), false);
            try {
                StoreAccess.initialise(xodus, name.strip(), SCHEMA_VERSION);
                return new ProjectStore(dir, lock, xodus, descriptor, options);
            } catch (StoreException | RuntimeException e) {
                closeXodus(xodus);
                throw e;
            }
        } catch (StoreException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens an existing project, migrating it first if an older Attune wrote it. When opening to change it fails
     * because no space is left on the disk (the store may need to write as it opens, e.g. after a crash), the
     * project is opened to read only, with a warning, so that a user can still read and copy their data off.
     */
    public static ProjectStore open(Path folder, OpenOptions options) throws StoreException {
        try {
            return openAs(folder, options);
        } catch (StoreException | RuntimeException e) {
            if (options.readOnly() || !DiskFull.causes(e)) {
                throw e;
            }
            ProjectStore store = openAs(folder, options.withReadOnly(true));
            options.warnings().accept(store.folder() + ": " + DiskFull.READ_ONLY);
            return store;
        }
    }

    private static ProjectStore openAs(Path folder, OpenOptions options) throws StoreException {
        Path dir = folder.toAbsolutePath().normalize();
        describe(dir); // "not an Attune project" before anything is written, even a lock
        ProjectLock lock = ProjectLock.acquire(dir, options.holder(), options.readOnly());
        try {
            if (!options.readOnly()) {
                OwnerOnly.project(dir, SOURCES_DIR); // all of it once for projects made before Attune closed them, or copies
                Backups.removeLeftovers(dir, STORE_DIR);
                settleCompaction(dir);
                removeCutOffSmallFiles(dir);
            }
            DescriptorFiles.Found found = describe(dir);
            PersistentEntityStore xodus;
            try {
                refuseSchema(dir, found.descriptor(), options);
                xodus = openStore(dir, found.descriptor(), options);
            } catch (StoreException e) {
                // a descriptor that reads well may still be damaged (a changed byte in its key parameters or its schema
                // version): its copy may fit
                DescriptorFiles.Found copy = DescriptorFiles.differingCopy(dir, found).orElse(null);
                try {
                    if (copy == null) {
                        throw e;
                    }
                    refuseSchema(dir, copy.descriptor(), options);
                    xodus = openStore(dir, copy.descriptor(), options);
                    found = copy;
                } catch (StoreException withCopy) {
                    StoreAheadOfDescriptor ahead = StoreAheadOfDescriptor.in(e);
                    if (ahead == null) {
                        throw e;
                    }
                    xodus = catchUp(dir, found.descriptor(), ahead.recorded, options);
                }
            }
            try {
                if (!options.readOnly() && found.descriptor().schemaVersion() > 1) {
                    repair(dir, found, options);
                }
                return new ProjectStore(dir, lock, xodus, found.descriptor(), options);
            } catch (StoreException e) { // the store cannot be read: say which backup can replace it
                closeXodus(xodus);
                throw e.withAdvice(Backups.offer(dir));
            } catch (RuntimeException e) {
                closeXodus(xodus);
                throw e;
            }
        } catch (StoreException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * A store that records a newer schema version than its descriptor (and its copy) says, one this Attune reads: a
     * migration was committed and the process stopped before it wrote the descriptor. The store's own number is right;
     * the descriptor is brought up to it, and the user told.
     */
    private static PersistentEntityStore catchUp(Path dir, ProjectDescriptor descriptor, int recorded, OpenOptions options)
            throws StoreException {
        int said = descriptor.schemaVersion();
        descriptor.setSchemaVersion(recorded);
        PersistentEntityStore xodus = openStore(dir, descriptor, options);
        if (!options.readOnly()) {
            try {
                DescriptorFiles.write(dir, descriptor);
            } catch (StoreException | RuntimeException e) {
                closeXodus(xodus);
                throw e;
            }
        }
        options.warnings().accept(dir + ": " + ProjectDescriptor.FILE_NAME + " said schema version " + said
                + ", behind the store's own " + recorded + " (an update was cut off before it wrote that file); it now says "
                + descriptor.schemaVersion());
        return xodus;
    }

    /** The store is at a newer schema version, one this Attune reads, than the descriptor says. */
    private static final class StoreAheadOfDescriptor extends StoreException {
        private static final long serialVersionUID = 1L;
        final int recorded;

        StoreAheadOfDescriptor(Path dir, String reason, int recorded) {
            super(dir, reason);
            this.recorded = recorded;
        }

        /** {@code e} or the failure it adds advice to, if it is this one. */
        static StoreAheadOfDescriptor in(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof StoreAheadOfDescriptor ahead) {
                    return ahead;
                }
            }
            return null;
        }
    }

    private static void removeCutOffSmallFiles(Path dir) throws StoreException {
        try {
            AtomicFiles.removeCutOff(dir);
        } catch (IOException e) {
            throw new StoreException(dir, "cannot tidy up after an interrupted write (" + e.getMessage() + ")", e);
        }
    }

    /** Writes back a descriptor read from elsewhere, or a missing copy; a full disk does not keep the project shut. */
    private static void repair(Path dir, DescriptorFiles.Found found, OpenOptions options) {
        String writeFailure = null;
        try {
            DescriptorFiles.repair(dir, found);
        } catch (StoreException e) {
            writeFailure = e.getMessage();
        }
        if (found.repaired()) {
            options.warnings().accept(found.warning(dir, writeFailure));
        }
    }

    private static void refuseSchema(Path dir, ProjectDescriptor descriptor, OpenOptions options) throws StoreException {
        if (descriptor.schemaVersion() > SCHEMA_VERSION) {
            throw new StoreException(dir, "a newer Attune wrote this project (schema version "
                    + descriptor.schemaVersion() + "); this one reads up to version " + SCHEMA_VERSION);
        }
        if (options.readOnly() && descriptor.schemaVersion() < SCHEMA_VERSION) {
            throw new StoreException(dir, "an older Attune wrote this project (schema version "
                    + descriptor.schemaVersion() + "); open it once normally to update it before reading it read-only");
        }
    }

    /** Unlocks and opens the store as {@code descriptor} describes it, migrating it if it is older. */
    private static PersistentEntityStore openStore(Path dir, ProjectDescriptor descriptor, OpenOptions options)
            throws StoreException {
        byte[] key = descriptor.encrypted() ? descriptor.unlock(dir, options.passphrase()) : null;
        PersistentEntityStore xodus = null;
        try {
            xodus = openXodus(dir, key, descriptor.encrypted() ? StoreRewrite.basicIV(dir.resolve(STORE_DIR), descriptor) : 0,
                    options.durable(), options.readOnly());
            Integer recorded = StoreAccess.recordedSchemaVersion(xodus);
            if (recorded != null && recorded != descriptor.schemaVersion()) {
                String reason = ProjectDescriptor.FILE_NAME + " says schema version " + descriptor.schemaVersion()
                        + " but the store is at version " + recorded;
                throw recorded > descriptor.schemaVersion() && recorded <= SCHEMA_VERSION
                        ? new StoreAheadOfDescriptor(dir, reason, recorded) : new StoreException(dir, reason);
            }
            if (descriptor.schemaVersion() < SCHEMA_VERSION) {
                StoreAccess.migrate(dir, xodus, descriptor.schemaVersion(), SCHEMA_VERSION);
                descriptor.setSchemaVersion(SCHEMA_VERSION);
                DescriptorFiles.write(dir, descriptor);
            }
            return xodus;
        } catch (StoreException e) { // the store cannot be read: say which backup can replace it
            if (xodus != null) {
                closeXodus(xodus);
            }
            throw e.withAdvice(Backups.offer(dir));
        } catch (RuntimeException e) {
            if (xodus != null) {
                closeXodus(xodus);
            }
            throw e;
        }
    }

    /** Opens the project just long enough to count what it holds. */
    public static ProjectSummary summary(Path folder, OpenOptions options) throws StoreException {
        try (ProjectStore store = openToRead(folder, options.withBackups(false))) {
            return store.summary();
        }
    }

    /**
     * Opens a project for a reader: as {@link #open} does, or read-only when its lock file cannot be written (a
     * read-only medium, a full disk), telling {@link OpenOptions#warnings()} so, where opening for writing would fail.
     */
    public static ProjectStore openToRead(Path folder, OpenOptions options) throws StoreException {
        try {
            return open(folder, options);
        } catch (LockUnavailableException e) {
            options.warnings().accept(folder.toAbsolutePath().normalize() + ": the project's lock file cannot be written (" + e.reason()
                    + "); the project is opened read-only");
            return open(folder, options.withReadOnly(true));
        }
    }

    /** Whether {@code folder} holds an encrypted project (read from its descriptor, without opening it). */
    public static boolean isEncrypted(Path folder) throws StoreException {
        return describe(folder.toAbsolutePath().normalize()).descriptor().encrypted();
    }

    private static DescriptorFiles.Found describe(Path dir) throws StoreException {
        if (DescriptorFiles.exists(dir)) {
            return DescriptorFiles.read(dir);
        }
        if (Files.isDirectory(dir.resolve(STORE_DIR))) {
            try {
                return DescriptorFiles.read(dir); // both files gone: a backup holds the descriptor
            } catch (StoreException none) {
                return new DescriptorFiles.Found(ProjectDescriptor.create(1, null), null, null); // the first Attune wrote none
            }
        }
        throw new StoreException(dir, Files.isDirectory(dir) ? "not an Attune project (no "
                + ProjectDescriptor.FILE_NAME + ")" : "no such folder");
    }

    private static PersistentEntityStore openXodus(Path dir, byte[] key, long iv, boolean durable, boolean readOnly)
            throws StoreException {
        EnvironmentConfig config = new EnvironmentConfig().setLogDurableWrite(durable).setEnvIsReadonly(readOnly);
        if (readOnly && !Files.isWritable(dir.resolve(STORE_DIR))) {
            // a read-only medium: Xodus' own writer would create its lock file xd.lck there; this reader takes none
            config.setLogDataReaderWriterProvider("jetbrains.exodus.io.WatchingFileDataReaderWriterProvider");
        }
        if (key != null) {
            config.setCipherId("jetbrains.exodus.crypto.streamciphers.ChaChaStreamCipherProvider");
            config.setCipherKey(HexFormat.of().formatHex(key));
            config.setCipherBasicIV(iv);
        }
        try {
            // Blobs up to 1 MiB (a transcript of ~150,000 words) stay in the log: one durable write per action
            // instead of one file and fsync per blob.
            PersistentEntityStoreConfig storeConfig = new PersistentEntityStoreConfig().setMaxInPlaceBlobSize(1 << 20);
            return withContextLoader(() -> PersistentEntityStores.newInstance(storeConfig,
                    Environments.newInstance(dir.resolve(STORE_DIR).toFile(), config), "persistentEntityStore"));
        } catch (RuntimeException e) {
            // Xodus takes a store file whose first page was overwritten for one encrypted otherwise: in a project
            // without a passphrase that can only be damage
            boolean overwritten = key == null && String.valueOf(e.getMessage()).contains("ciphered");
            throw new StoreException(dir, overwritten ? "the project store is damaged: the beginning of one of its files in "
                    + STORE_DIR + "/ was overwritten, so it cannot be opened" : "the project store cannot be opened ("
                    + e.getMessage() + ")", e);
        }
    }

    /** The entity store does not own an environment it was given: close both. */
    private static void closeXodus(PersistentEntityStore xodus) {
        try {
            xodus.close();
        } finally {
            xodus.getEnvironment().close();
        }
    }

    /** Xodus finds its cipher and other services through the context class loader. */
    static <T> T withContextLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PersistentEntityStores.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    public Path folder() {
        return folder;
    }

    public Project project() {
        return access.project();
    }

    public boolean isEncrypted() {
        return encrypted;
    }

    /** The files of the sources, read and written through the one place that decrypts and encrypts them. */
    public Originals originals() {
        return originals;
    }

    /**
     * Waits until the check of the whole store begun at opening has ended; damage it found was told to the opening's
     * warnings. For callers that must know before they go on (a check command, tests).
     */
    public void awaitStoreCheck() throws InterruptedException {
        check.await();
    }

    /** Whether opening took over the lock of an Attune that ended without closing the project. */
    public boolean recoveredFromCrash() {
        return lock.recoveredStale();
    }

    /** The user actions are attributed to (createdBy), one per operating-system user by default; null read-only. */
    public User currentUser() {
        return access.currentUser();
    }

    public void setCurrentUser(String name) {
        refuseIfReadOnly("set the current user");
        access.setCurrentUser(name);
    }

    /** The editing domain: its command stack commits every command, undo and redo to the store. */
    public EditingDomain editingDomain() {
        return domain;
    }

    /** Executes one user action; when this returns normally the action is on disk (in {@link #applyAsOne}: once the whole gesture returns). */
    public void execute(Command command) {
        refuseIfReadOnly(command.getLabel());
        if (!command.canExecute()) {
            throw new IllegalArgumentException("the action \"" + command.getLabel() + "\" cannot be done here");
        }
        Gesture gesture = Gesture.running();
        if (gesture != null) {
            gesture.join(command); // one step of a gesture: undone, redone and committed with it
        } else {
            domain.getCommandStack().execute(command);
        }
    }

    /**
     * Runs {@code actions} (calls of operations that each make one user action, e.g. setting the level of each of
     * N codes) as one user action: one undo step, one commit. If an action throws, those done are taken back and
     * the exception reaches the caller. Inside another such call the actions simply join the outer one.
     */
    public void applyAsOne(String label, Runnable actions) {
        if (Gesture.running() != null) {
            actions.run();
        } else {
            execute(new Gesture(label, actions));
        }
    }

    /**
     * Executes any change to the model as one undoable, committed user action. If {@code change} throws, what
     * it changed is taken back, nothing is written, and the exception reaches the caller.
     */
    public void apply(String label, Runnable change) {
        ChangeCommand command = new ChangeCommand(project()) {
            @Override
            protected void doExecute() {
                change.run();
            }

            @Override
            public void execute() {
                try {
                    super.execute();
                } catch (RuntimeException e) { // take back what the change did before it failed, then report it
                    if (getChangeDescription() != null) {
                        getChangeDescription().apply();
                    }
                    throw e;
                }
            }
        };
        command.setLabel(label);
        execute(command);
    }

    /**
     * Replaces chars [from, to) (UTF-16 indices) of a stored transcript's text with {@code replacement} as one user
     * action, together with {@code follow}, the model changes that go with it (positions of codings, turns, sync
     * points that move with the text). Undo puts the removed chars back and takes back {@code follow}'s changes;
     * only the replaced stretch is remembered for that, not copies of the text. Inside {@link #applyAsOne} it joins
     * the gesture.
     */
    public void replaceText(String label, TextSource source, int from, int to, String replacement, Runnable follow) {
        String before = text(source);
        if (before == null || from < 0 || to < from || to > before.length()) {
            throw new IllegalArgumentException("[" + from + ", " + to + ") is not a stretch of the text of \"" + source.getName() + "\"");
        }
        String removed = before.substring(from, to);
        ChangeCommand command = new ChangeCommand(project()) {
            private boolean spliced;

            @Override
            protected void doExecute() {
                splice(source, from, removed.length(), replacement);
                spliced = true;
                follow.run();
            }

            @Override
            public void execute() {
                try {
                    super.execute();
                } catch (RuntimeException e) { // take back what was done before it failed, then report it
                    if (getChangeDescription() != null) {
                        getChangeDescription().apply();
                    }
                    if (spliced) {
                        splice(source, from, replacement.length(), removed);
                    }
                    throw e;
                }
            }

            @Override
            public void undo() {
                super.undo();
                splice(source, from, replacement.length(), removed);
            }

            @Override
            public void redo() {
                super.redo();
                splice(source, from, removed.length(), replacement);
            }
        };
        command.setLabel(label);
        execute(command);
    }

    /** Replaces {@code length} chars at {@code from} of the text of {@code source} in memory; written with the action. */
    private void splice(TextSource source, int from, int length, String replacement) {
        String text = text(source);
        access.reviseText(source, TextContent.of(new StringBuilder(text.length() - length + replacement.length())
                .append(text, 0, from).append(replacement).append(text, from + length, text.length()).toString()));
    }

    /**
     * Keeps facts derived from the project's content (e.g. a recording's waveform computed when first opened) that are
     * no user action: {@code change} is committed at once and is not on the undo history. Not inside an action.
     */
    public void keepDerived(String label, Runnable change) {
        refuseIfReadOnly(label);
        if (Gesture.running() != null) {
            throw new IllegalStateException("\"" + label + "\" is no user action and cannot be part of one");
        }
        access.commitDerived(label, change);
    }

    /**
     * Fills a new store with elements kept elsewhere (a team project's working copy, filled from the server) without
     * writing them: {@code fill} adds them to the model, and each is written when an action first changes, moves or
     * deletes it or links to it. Counts, texts and every operation see them as stored. Not on the undo history; not
     * inside an action; {@code fill} must leave the elements already stored as they are.
     */
    public void fillUnstored(Runnable fill) {
        refuseIfReadOnly("fill");
        if (Gesture.running() != null) {
            throw new IllegalStateException("filling a store cannot be part of an action");
        }
        access.fillUnstored(fill);
    }

    /**
     * Writes a participant's withdrawal: {@code actions} (deletions, text edits...) run as one action that cannot be
     * undone (the undo history is emptied, as it would bring the data back). Its audit entry says {@code summary} and
     * lists no elements, and each of {@code words} (the participant's names, their sources' names...) and the names of
     * what the action deletes are taken out of the earlier entries. When the project is closed the store is rewritten
     * with its live records only, so that no file of the store still holds what went.
     */
    public void withdraw(String summary, java.util.Collection<String> words, Runnable actions) {
        refuseIfReadOnly(summary);
        if (Gesture.running() != null) {
            throw new IllegalStateException("\"" + summary + "\" cannot be part of another action");
        }
        access.withdrawing(words, () -> execute(new Gesture(summary, actions)));
        compactOnClose = true;
        domain.getCommandStack().flush();
    }

    /**
     * After text was replaced throughout the project (pseudonyms applied, #20): the audit log's entries pass through
     * {@code auditText} now (null: unchanged), the undo history is emptied (undo would bring the replaced text back),
     * and closing rewrites the store with its live records only, as after a withdrawal, so that its files keep no
     * outdated record. Unlike {@link #reclaimSpace}, for an encrypted project too (the copy is encrypted with its key).
     */
    public void rewriteOnClose(java.util.function.UnaryOperator<String> auditText) {
        refuseIfReadOnly("rewrite the store");
        if (auditText != null) {
            access.rewriteAudit(auditText);
        }
        compactOnClose = true;
        domain.getCommandStack().flush();
    }

    /** Whether closing will rewrite the store without what a withdrawal removed. */
    public boolean compactsOnClose() {
        return compactOnClose;
    }

    /**
     * Deletes the backups made before {@code before} (those that may hold a withdrawn participant's data), and stores a
     * restore replaced; returns how many files went. The project may be open or closed.
     */
    public static int purgeBackups(Path folder, java.time.Instant before) throws StoreException {
        return Backups.purge(folder.toAbsolutePath().normalize(), before);
    }

    /** Whether the project was opened with {@link OpenOptions#readOnly()}. */
    public boolean isReadOnly() {
        return readOnly;
    }

    void refuseIfReadOnly(String action) {
        if (readOnly) {
            throw new IllegalStateException("the project " + folder + " is open read-only; \"" + action + "\" cannot be done");
        }
    }

    public void undo() {
        domain.getCommandStack().undo();
    }

    /**
     * {@code guard} is asked before each undo and redo with the command it would take back or do again, and refuses it
     * by throwing (a {@link StoreFailure} with a message for the user): nothing is then undone or redone. A team
     * project's working copy refuses to undo an action whose elements another client changed since.
     */
    public void guardUndoRedo(java.util.function.Consumer<Command> guard) {
        ((AttuneCommandStack) domain.getCommandStack()).guardSteps(guard);
    }

    /**
     * Takes {@code action} off the history (with what could be redone after it), the earlier actions staying undoable:
     * for one a team project's server refused, whose effect is gone from the model again, or one that can no longer be
     * undone because another client changed the same elements.
     */
    public void forget(Command action) {
        ((AttuneCommandStack) domain.getCommandStack()).forget(action);
    }

    public void redo() {
        domain.getCommandStack().redo();
    }

    /**
     * The project's audit log, newest first: one entry per committed user action, undo and redo (see {@link AuditEntry}).
     * It can only be read; every entry was written in the transaction of its action.
     */
    public List<AuditEntry> audit() {
        return audit(null, null, null);
    }

    /** The audit entries that pass {@link AuditEntry#matches the filter} (null criteria pass all), newest first. */
    public List<AuditEntry> audit(java.time.Instant since, String user, String element) {
        List<AuditEntry> all = access.audit();
        List<AuditEntry> found = new java.util.ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).matches(since, user, element)) {
                found.add(all.get(i));
            }
        }
        return found;
    }

    /** Reads the lazily stored parts of {@code source} (codings, turns, sync points) if not read yet. */
    public void load(Source source) {
        access.loadLazy(source);
    }

    /** The normalised text of a text source, read from the store when asked for. */
    public String text(TextSource source) {
        return access.text(source);
    }

    /**
     * Raised each time the text of {@code source} is given or revised in memory (an edit, its undo or redo): a caller
     * that keeps a copy elsewhere sees which texts changed without reading them (a team project's working copy).
     */
    public long textRevision(TextSource source) {
        return access.textRevision(source);
    }

    /** Gives a text source its text; it is written with the action that adds the source to the project. */
    public void stageText(TextSource source, String text) {
        access.stageText(source, TextContent.of(text));
    }

    /** As {@link #stageText(TextSource, String)}, with the text encoded already (e.g. on a reading thread). */
    public void stageText(TextSource source, TextContent text) {
        access.stageText(source, text);
    }

    /** Counts read from the store (codings included, loaded or not). */
    public ProjectSummary summary() {
        Project p = project();
        ProjectCounts c = access.counts();
        return new ProjectSummary(folder, p.getName(), p.getCreated() == null ? null : p.getCreated().toInstant(),
                p.getSchemaVersion(), encrypted, c.sources(), c.cases(), c.codes(), c.codings(), c.memos(),
                c.ratingScales(), c.ratingSheets());
    }

    /** The backups of this project that can be restored, newest first. */
    public List<BackupInfo> backups() {
        return Backups.list(folder);
    }

    /** The backups of the project in {@code folder} that can be restored, newest first; it need not be open. */
    public static List<BackupInfo> backups(Path folder) {
        return Backups.list(folder.toAbsolutePath().normalize());
    }

    /** Every backup of the project in {@code folder}, checked: the restorable ones newest first, and the damaged ones. */
    public static BackupSurvey backupSurvey(Path folder) {
        return Backups.survey(folder.toAbsolutePath().normalize());
    }

    /**
     * Replaces the store of the closed project in {@code folder} with the backup named {@code backup} (as
     * {@link #backups(Path)} lists it), after checking the backup whole; returns where the replaced store is kept.
     */
    public static Path restore(Path folder, String backup, String holder) throws StoreException {
        Path dir = folder.toAbsolutePath().normalize();
        Path zip = dir.resolve(Backups.DIR).resolve(backup).normalize();
        if (!zip.getParent().equals(dir.resolve(Backups.DIR)) || !backup.endsWith(".zip") || !Files.isRegularFile(zip)) {
            throw new StoreException(dir, "no backup named " + backup + " (see 'attune cli project backups')");
        }
        try (ProjectLock lock = ProjectLock.acquire(dir, holder)) {
            return Restore.restore(dir, zip, STORE_DIR);
        }
    }

    /**
     * Rewrites the store of the closed, unencrypted project in {@code folder} with only its live records, so that text
     * replaced or deleted (e.g. real names replaced by pseudonyms) no longer lies in its log files; the audit log's
     * entries pass through {@code auditText} (null: unchanged). Returns the number of records kept. An encrypted
     * project's store is left as it is (its old records are encrypted; rewriting it under the same key would reuse the
     * cipher's stream): returns -1.
     */
    public static long reclaimSpace(Path folder, String holder, java.util.function.UnaryOperator<String> auditText)
            throws StoreException {
        Path dir = folder.toAbsolutePath().normalize();
        if (describe(dir).descriptor().encrypted()) {
            return -1;
        }
        try (ProjectLock lock = ProjectLock.acquire(dir, holder)) {
            long[] kept = new long[1];
            StoreException[] failed = new StoreException[1];
            withContextLoader(() -> {
                try {
                    kept[0] = StoreRewrite.rewrite(dir.resolve(STORE_DIR), auditText);
                } catch (StoreException e) {
                    failed[0] = e;
                }
                return null;
            });
            if (failed[0] != null) {
                throw failed[0];
            }
            OwnerOnly.project(dir, SOURCES_DIR);
            return kept[0];
        }
    }

    /**
     * Deletes every backup of the closed project in {@code folder} ({@code backups/}): they hold the project as it was
     * (e.g. with the real names pseudonyms replaced since). Returns how many files were deleted.
     */
    public static int purgeBackups(Path folder, String holder) throws StoreException {
        Path dir = folder.toAbsolutePath().normalize();
        describe(dir);
        try (ProjectLock lock = ProjectLock.acquire(dir, holder)) {
            return Backups.purge(dir, java.time.Instant.MAX);
        }
    }

    /** Closes the store and releases the lock; closing twice does nothing more. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (backup != null) { // a due backup waits for the check: both end before the store closes
                backup.join(60_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            check.stop();
            try {
                StoreException compaction = null;
                if (compactOnClose) {
                    try {
                        StoreRewrite.copyLive(xodus.getEnvironment(), folder.resolve(STORE_DIR), null);
                    } catch (StoreException e) {
                        compaction = e;
                    }
                }
                closeXodus(xodus);
                if (compactOnClose && compaction == null) {
                    try {
                        StoreRewrite.swap(folder.resolve(STORE_DIR));
                    } catch (StoreException e) {
                        compaction = e;
                    }
                }
                LockFileRoom.keep(folder.resolve(STORE_DIR));
                if (compaction != null) {
                    throw new StoreFailure(compaction.getMessage(), compaction);
                }
                if (!readOnly) {
                    OwnerOnly.project(folder, SOURCES_DIR); // what the store, backups, index wrote while open, with the umask
                }
            } finally {
                lock.close();
            }
        }
    }

    private static void settleCompaction(Path dir) throws StoreException {
        try {
            StoreRewrite.settle(dir.resolve(STORE_DIR));
        } catch (IOException e) {
            throw new StoreException(dir, "cannot finish rewriting the store after a withdrawal (" + e.getMessage() + ")", e);
        }
    }

    private static boolean holdsOnlyTheLock(Path dir) throws StoreException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.allMatch(p -> p.getFileName().toString().equals(ProjectLock.FILE_NAME));
        } catch (IOException e) {
            throw new StoreException(dir, "cannot read the folder (" + e.getMessage() + ")", e);
        }
    }

    static boolean isEmptyDirectory(Path dir) throws StoreException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new StoreException(dir, "cannot read the folder (" + e.getMessage() + ")", e);
        }
    }
}
