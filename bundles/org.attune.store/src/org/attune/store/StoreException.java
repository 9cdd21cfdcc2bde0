package org.attune.store;

import java.nio.file.Path;

/** A project cannot be created, opened or written; the message names the folder and the reason. */
public class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public StoreException(Path folder, String reason) {
        this(folder, reason, null);
    }

    public StoreException(Path folder, String reason, Throwable cause) {
        super(folder + ": " + reason, cause);
    }

    private StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The same failure, with what the user can do about it added to the message. */
    public StoreException withAdvice(String advice) {
        return new StoreException(getMessage() + ". " + advice, this);
    }
}
