package org.attune.store;

import java.nio.file.Path;

/**
 * The project's lock file cannot be created or written (a read-only medium or folder, a full disk), so the project
 * cannot be opened for writing; it can still be opened read-only ({@link ProjectStore#openToRead}).
 */
public class LockUnavailableException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final String reason;

    public LockUnavailableException(Path folder, String reason, Throwable cause) {
        super(folder, "cannot lock the project (" + reason + ")", cause);
        this.reason = reason;
    }

    /** Why the lock file cannot be written, e.g. {@code Read-only file system}. */
    public String reason() {
        return reason;
    }
}
