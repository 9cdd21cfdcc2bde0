package org.attune.store;

/**
 * Part of the project store cannot be read: its file was damaged on disk (a changed or missing byte). The message
 * says what cannot be read, in the user's words, and which backup can replace the store; it is one for the user, not
 * a program error.
 */
public class StoreDamagedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}
