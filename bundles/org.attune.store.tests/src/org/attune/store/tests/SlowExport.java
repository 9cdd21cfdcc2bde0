package org.attune.store.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.attune.store.FileReplace;

/**
 * Run in its own JVM by {@link FileReplaceTest}: begins an export of {@code TARGET} through {@link FileReplace},
 * writes part of it, says {@code writing} on standard output and waits there until it is killed.
 *
 * <pre>SlowExport TARGET</pre>
 */
public final class SlowExport {
    private SlowExport() {
    }

    public static void main(String[] args) throws Exception {
        FileReplace.write(Path.of(args[0]), partial -> {
            Files.writeString(partial, "the first half of a new export");
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
