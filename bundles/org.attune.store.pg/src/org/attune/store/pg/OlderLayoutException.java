package org.attune.store.pg;

import java.util.List;

/**
 * A team project laid out by an earlier Attune that lacks parts of the current layout: it is not opened until the owner
 * of its tables upgrades it ({@link TeamLayout#upgrade}); the message says what it lacks and how.
 */
public final class OlderLayoutException extends TeamProjectException {
    private static final long serialVersionUID = 1L;
    private final boolean mayUpgrade;
    private final List<String> missing;

    OlderLayoutException(String message, boolean mayUpgrade, List<String> missing) {
        super(message);
        this.mayUpgrade = mayUpgrade;
        this.missing = List.copyOf(missing);
    }

    /** Whether this login owns the project's tables, and so may upgrade it. */
    public boolean mayUpgrade() {
        return mayUpgrade;
    }

    /** What the project lacks, by what each part is for. */
    public List<String> missing() {
        return missing;
    }
}
