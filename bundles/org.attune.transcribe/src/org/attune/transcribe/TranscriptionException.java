package org.attune.transcribe;

/** A recording could not be transcribed; the message says why in one line, for the user. */
public class TranscriptionException extends Exception {
    private static final long serialVersionUID = 1L;

    public TranscriptionException(String message) {
        super(message);
    }

    public TranscriptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
