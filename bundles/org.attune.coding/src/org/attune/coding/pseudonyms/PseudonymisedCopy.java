package org.attune.coding.pseudonyms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;

/**
 * For exports with pseudonyms while the project keeps the real names: a copy of the project in a new folder of the
 * system's temporary folder (readable by its owner only; an encrypted project's copy stays encrypted with its key), with
 * the key table applied, in its audit log's entries too; exports are made from {@link #store()}. Closing it deletes the
 * copy. Copied originals are
 * linked where the file system allows, else copied.
 */
public final class PseudonymisedCopy implements AutoCloseable {
    /** What the copy leaves out: the backups, the search index, in-flight records, the locks and the key file. */
    private static final Set<String> LEFT_OUT = Set.of("backups", "index", "in-flight", "project.lock", KeyTableFile.FILE_NAME);

    private final Path folder;
    private final ProjectStore store;

    private PseudonymisedCopy(Path folder, ProjectStore store) {
        this.folder = folder;
        this.store = store;
    }

    /**
     * Copies the project of {@code original} (open, e.g. read-only) and applies {@code table} to the copy, opened with
     * {@code options} (the original's passphrase).
     */
    public static PseudonymisedCopy of(ProjectStore original, KeyTable table, boolean ignoreCase, OpenOptions options)
            throws StoreException, IOException {
        Pseudonymise pseudonymise = new Pseudonymise(table, ignoreCase);
        Path copy = Files.createTempDirectory("attune-pseudonymised-");
        try {
            Path from = original.folder();
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : walk.toList()) {
                    Path relative = from.relativize(p);
                    if (p.equals(from) || LEFT_OUT.contains(relative.getName(0).toString())
                            || p.getFileName().toString().equals("xd.lck")) {
                        continue;
                    }
                    Path target = copy.resolve(relative.toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else if (relative.getName(0).toString().equals(ProjectStore.SOURCES_DIR)) {
                        try {
                            Files.createLink(target, p);
                        } catch (IOException | UnsupportedOperationException noLink) {
                            Files.copy(p, target);
                        }
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            ProjectStore store = ProjectStore.open(copy, options.withBackups(false));
            try {
                pseudonymise.apply(store);
                // its audit log names them too (an audit export is made from the copy): redacted as Clean Up does
                store.rewriteOnClose(pseudonymise::redactAuditEntry);
            } catch (IOException | RuntimeException e) {
                store.close();
                throw e;
            }
            return new PseudonymisedCopy(copy, store);
        } catch (IOException | StoreException | RuntimeException e) {
            delete(copy);
            throw e;
        }
    }

    /** The pseudonymised copy, open. */
    public ProjectStore store() {
        return store;
    }

    @Override
    public void close() throws IOException {
        try {
            store.close();
        } finally {
            delete(folder);
        }
    }

    /** Deletes {@code root} and all it holds, if it exists. */
    static void delete(Path root) throws IOException {
        if (Files.exists(root)) {
            PathUtils.deleteDirectory(root);
        }
    }
}
