package org.attune.coding;

/**
 * The labels of the codebook and coding actions, as Edit > Undo and Redo show them ("Undo Merge 'A' into 'B'")
 * and as the store's history records them: names in single quotes.
 */
final class ActionLabel {
    private ActionLabel() {
    }

    /** {@code name} in single quotes. */
    static String q(String name) {
        return "'" + name + "'";
    }
}
