package org.attune.core.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Stream;

import jetbrains.exodus.entitystore.Entity;
import jetbrains.exodus.entitystore.PersistentEntityStore;
import jetbrains.exodus.entitystore.PersistentEntityStores;
import jetbrains.exodus.entitystore.StoreTransaction;

/**
 * Creates project folders and reads their descriptor. A project is a folder holding {@value #STORE_DIR}/,
 * a Xodus entity store whose single {@value #PROJECT_TYPE} entity names the project and its schema version.
 */
public final class ProjectFolders {
    public static final String STORE_DIR = "store";
    public static final int SCHEMA_VERSION = 1;
    static final String PROJECT_TYPE = "Project";

    private ProjectFolders() {
    }

    /** Creates a new project in {@code folder}, which must not exist or be empty. */
    public static ProjectInfo create(Path folder, String name) throws ProjectException {
        Path dir = folder.toAbsolutePath().normalize();
        if (name == null || name.isBlank()) {
            throw new ProjectException(dir, "a project needs a name");
        }
        if (Files.exists(dir) && !isEmptyDirectory(dir)) {
            throw new ProjectException(dir, Files.isDirectory(dir)
                    ? "the folder is not empty; choose a new or empty folder"
                    : "a file of that name exists; choose a new or empty folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ProjectException(dir, "cannot create the folder (" + e.getMessage() + ")", e);
        }
        Instant created = Instant.now();
        return withStore(dir, store -> store.computeInTransaction(txn -> {
            Entity project = txn.newEntity(PROJECT_TYPE);
            project.setProperty("name", name.strip());
            project.setProperty("created", created.toEpochMilli());
            project.setProperty("schemaVersion", SCHEMA_VERSION);
            return new ProjectInfo(dir, name.strip(), Instant.ofEpochMilli(created.toEpochMilli()), SCHEMA_VERSION);
        }));
    }

    /** Reads the descriptor of an existing project. */
    public static ProjectInfo read(Path folder) throws ProjectException {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve(STORE_DIR))) {
            throw new ProjectException(dir, "not an Attune project (no " + STORE_DIR + "/ folder)");
        }
        ProjectInfo info = withStore(dir, store -> store.computeInReadonlyTransaction(txn -> describe(dir, txn)));
        if (info == null) {
            throw new ProjectException(dir, "the project store holds no project descriptor");
        }
        return info;
    }

    private static ProjectInfo describe(Path dir, StoreTransaction txn) {
        Entity project = txn.getAll(PROJECT_TYPE).getFirst();
        if (project == null) {
            return null;
        }
        return new ProjectInfo(dir, (String) project.getProperty("name"),
                Instant.ofEpochMilli((Long) project.getProperty("created")),
                (Integer) project.getProperty("schemaVersion"));
    }

    /** Opens the store with this bundle's class loader as context loader, which Xodus needs inside OSGi. */
    private static <T> T withStore(Path dir, Function<PersistentEntityStore, T> work) throws ProjectException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ProjectFolders.class.getClassLoader());
        try (PersistentEntityStore store = PersistentEntityStores.newInstance(dir.resolve(STORE_DIR).toFile())) {
            return work.apply(store);
        } catch (RuntimeException e) {
            throw new ProjectException(dir, "the project store cannot be opened (" + e.getMessage() + ")", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static boolean isEmptyDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
