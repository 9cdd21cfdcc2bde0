package org.attune.store;

/** Writing an action to the store failed; the action was undone in memory, so nothing is half-applied. */
public class StoreFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
