package org.attune.ratings;

/** A rating action or query cannot be done; the message says what and why, for people. */
public class RatingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RatingException(String message) {
        super(message);
    }

    public RatingException(String message, Throwable cause) {
        super(message, cause);
    }
}
