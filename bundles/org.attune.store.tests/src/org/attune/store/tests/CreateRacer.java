package org.attune.store.tests;

import java.nio.file.Path;

import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;

/**
 * Run in a child JVM by {@link DescriptorSafetyTest}: waits for an agreed moment, then creates an encrypted project
 * in a folder another child is creating one in at the same moment, and prints what became of it.
 */
public final class CreateRacer {
    static final String PASSPHRASE = "correct horse battery staple";

    private CreateRacer() {
    }

    /** Arguments: the project folder, the project's name, the start time (epoch milliseconds). */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        long start = Long.parseLong(args[2]);
        while (System.currentTimeMillis() < start) {
            Thread.onSpinWait();
        }
        OpenOptions options = OpenOptions.of(args[1]).withBackups(false).withPassphrase(PASSPHRASE.toCharArray());
        try (ProjectStore store = ProjectStore.create(folder, args[1], options)) {
            System.out.println("created " + args[1]);
        } catch (StoreException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }
}
