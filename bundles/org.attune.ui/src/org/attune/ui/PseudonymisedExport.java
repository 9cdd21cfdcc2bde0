package org.attune.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.attune.coding.pseudonyms.KeyTable;
import org.attune.coding.pseudonyms.KeyTableFile;
import org.attune.coding.pseudonyms.PseudonymisedCopy;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * The workbench's exports with pseudonyms (#20), one home for every export dialog with "Write pseudonyms" (project,
 * codebook, matrix, coded segments, rating results): the export is made from a copy of the project with the key table's pseudonyms
 * ({@link PseudonymisedCopy}, as {@code attune cli ... --pseudonymise} does), deleted afterwards; the project keeps the
 * real names. A wrong passphrase fails the export with a message naming the key file.
 */
public final class PseudonymisedExport {
    /** What an export does with the project it is made from. */
    @FunctionalInterface
    public interface Export<T> {
        T write(ProjectStore from) throws Exception;
    }

    private PseudonymisedExport() {
    }

    /** Runs {@code export} on the project, or, with the key table's passphrase {@code key}, on its pseudonymised copy. */
    public static <T> T from(ProjectStore store, char[] key, Export<T> export) throws Exception {
        if (key == null) {
            return export.write(store);
        }
        KeyTable table = KeyTableFile.open(store.folder(), key);
        try (PseudonymisedCopy copy = PseudonymisedCopy.of(store, table, false, OpenOptions.of(IProjectSession.HOLDER).withBackups(false))) {
            return export.write(copy.store());
        }
    }

    /**
     * Writes {@code file} in the background, a job named {@code title} (scheduled and returned), with {@code export} run
     * on the project or, with {@code key}, on its pseudonymised copy; a failure tells that the file could not be written, and why.
     */
    public static Job writeInBackground(String title, Display display, ProjectStore store, char[] key, Path file, Export<?> export) {
        Job job = ProjectJob.create(title, title, display, monitor -> {
            try {
                from(store, key, export);
                return file;
            } catch (Exception e) {
                throw new IOException(NLS.bind(Messages.PseudonymisedExport_cannotWrite, file, e.getMessage()), e);
            }
        }, written -> {
        });
        job.schedule();
        return job;
    }
}
