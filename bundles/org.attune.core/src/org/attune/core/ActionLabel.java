package org.attune.core;

/**
 * The labels of the codebook and coding actions, as Edit > Undo and Redo show them ("Undo Merge 'A' into 'B'")
 * and as the store's history records them: names in single quotes.
 */
public final class ActionLabel {
    private ActionLabel() {
    }

    /** {@code name} in single quotes. */
    public static String q(String name) {
        return "'" + name + "'";
    }
}
