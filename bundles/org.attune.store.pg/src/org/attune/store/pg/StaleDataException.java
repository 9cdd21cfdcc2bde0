package org.attune.store.pg;

/**
 * An action refused because another client changed or deleted what it changes since this client read it; nothing
 * of the action was written and this client's model is as before it.
 */
public final class StaleDataException extends Exception {
    private static final long serialVersionUID = 1L;

    public StaleDataException(String message) {
        super(message);
    }
}
