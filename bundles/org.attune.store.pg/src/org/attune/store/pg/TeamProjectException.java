package org.attune.store.pg;

/** A team project that cannot be reached, created or read; the message names the server and the problem. */
public class TeamProjectException extends Exception {
    private static final long serialVersionUID = 1L;

    public TeamProjectException(String message, Throwable cause) {
        super(message, cause);
    }

    public TeamProjectException(String message) {
        super(message);
    }
}
