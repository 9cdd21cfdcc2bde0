package org.attune.store.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.attune.importer.ImportOptions;
import org.attune.importer.ImportOutcome;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.model.AttunePackage;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;

/**
 * Run in its own JVM by {@link BatchImportCrashTest}: imports a folder of files into a project in one batch until
 * killed, logging {@code ack FILE-NAME} (forced to disk) for each file the importer reports imported.
 *
 * <pre>BatchImportWriter PROJECT_DIR INPUT_DIR LOG_FILE</pre>
 */
public final class BatchImportWriter {
    private BatchImportWriter() {
    }

    public static void main(String[] args) throws Exception {
        AttunePackage.eINSTANCE.eClass(); // outside OSGi the package registers itself when first used
        try (ProjectStore store = ProjectStore.open(Path.of(args[0]), OpenOptions.of("batch import").withBackups(false));
                FileChannel log = FileChannel.open(Path.of(args[2]), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
            new Importer(store, ImportOptions.defaults()).importAll(List.of(Path.of(args[1])), new ImportProgress() {
                @Override
                public void done(ImportOutcome outcome) {
                    if (outcome.status() == ImportOutcome.Status.IMPORTED) {
                        write(log, "ack " + outcome.file().getFileName());
                    }
                }
            });
        }
    }

    private static void write(FileChannel log, String line) {
        try {
            log.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
            log.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
