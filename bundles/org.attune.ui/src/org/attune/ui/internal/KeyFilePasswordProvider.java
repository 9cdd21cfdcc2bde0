package org.attune.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * The master password of Eclipse secure storage where the platform offers none (Linux without a keyring module): a
 * random key made once and kept in a file that only this user can read, beside the storage file it opens
 * ({@code secure_storage.attune-key}). The passwords in secure storage are encrypted with it, so that the storage file
 * alone does not give them away.
 */
public final class KeyFilePasswordProvider extends PasswordProvider {
    private static final String KEY_SUFFIX = ".attune-key";

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        try {
            Path storage = Path.of(container.getLocation().toURI());
            Path file = storage.resolveSibling(storage.getFileName() + KEY_SUFFIX);
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Path fresh = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(fresh, HexFormat.of().formatHex(key), StandardCharsets.US_ASCII);
                Files.move(fresh, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return new PBEKeySpec(Files.readString(file, StandardCharsets.US_ASCII).strip().toCharArray());
        } catch (IOException | java.net.URISyntaxException | UnsupportedOperationException | IllegalArgumentException e) {
            Platform.getLog(KeyFilePasswordProvider.class).warn("No key for secure storage: " + e.getMessage());
            return null; // secure storage then refuses to encrypt: the password is not remembered
        }
    }
}
