package org.attune.ui;

import org.attune.coding.pseudonyms.KeyTable;
import org.attune.coding.pseudonyms.KeyTableFile;
import org.attune.coding.pseudonyms.PseudonymisedCopy;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;

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
}
