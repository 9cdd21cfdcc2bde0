package org.attune.ui;

import org.attune.model.Code;
import org.attune.store.ProjectStore;

/**
 * A part that codes what is selected in it (a transcript's words, a recording's in/out range): the target of
 * Ctrl+1…9, which code the selection with one of the {@link RecentCodes}. Such a part activates
 * {@link #CONTEXT}, where those keys are bound.
 */
public interface SelectionCoder {
    /** The key-binding context of coding a transcript or a recording. */
    String CONTEXT = "org.attune.ui.contexts.transcript";

    /** The project the part shows, or null. */
    ProjectStore codedProject();

    /** Codes the selection with {@code code} (or says in the part why it cannot); the code becomes the most recent. */
    void codeWith(Code code);
}
