package org.attune.cli;

/** A command could not do its work; the message (naming the file and the reason) is shown as it is. */
public class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CliFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public CliFailure(String message) {
        super(message);
    }
}
