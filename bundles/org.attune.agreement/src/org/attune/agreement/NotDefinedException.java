package org.attune.agreement;

/** A coefficient has no value for these data (e.g. kappa with three raters); the message says why. */
public class NotDefinedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotDefinedException(String reason) {
        super(reason);
    }
}
