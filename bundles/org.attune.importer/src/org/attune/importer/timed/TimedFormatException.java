package org.attune.importer.timed;

/** A subtitle or ELAN file that cannot be imported as a whole; the message says where and why. */
public class TimedFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public TimedFormatException(String message) {
        super(message);
    }

    public TimedFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
