package org.attune.store.tests;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.attune.model.AttunePackage;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;

/**
 * Run in its own JVM by {@link EncryptedOriginalsTest}: opens an encrypted project and encrypts its plaintext originals
 * in place, logging {@code ack N} after each, until done or killed.
 *
 * <pre>SealingWriter PROJECT_DIR LOG_FILE PASSPHRASE</pre>
 */
public final class SealingWriter {
    private SealingWriter() {
    }

    public static void main(String[] args) throws Exception {
        AttunePackage.eINSTANCE.eClass(); // outside OSGi the package registers itself when first used
        try (ProjectStore store = ProjectStore.open(Path.of(args[0]), OpenOptions.of("sealing writer").withBackups(false)
                .withPassphrase(args[2].toCharArray()));
                FileChannel log = FileChannel.open(Path.of(args[1]), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
            List<Path> plain = store.originals().plaintextCopies(store.project().getSources());
            store.originals().encryptInPlace(plain, n -> {
                try {
                    log.write(ByteBuffer.wrap(("ack " + n + "\n").getBytes(StandardCharsets.US_ASCII)));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, () -> false);
        }
    }
}
