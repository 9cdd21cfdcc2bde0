package org.attune.ui;

import org.attune.model.Code;
import org.attune.store.ProjectStore;
import org.attune.ui.dialogs.CodePicker;

/**
 * A part that codes what is selected in it (a transcript's words, a recording's in/out range): the target of
 * Ctrl+1…9, which code the selection with one of the {@link RecentCodes}, and of Ctrl+Q, which codes it with a code
 * picked or named in the {@code CodePicker}. Such a part activates
 * {@link #CONTEXT}, where those keys are bound.
 */
public interface SelectionCoder {
    /** The key-binding context of coding a transcript or a recording. */
    String CONTEXT = "org.attune.ui.contexts.transcript";

    /** The project the part shows, or null. */
    ProjectStore codedProject();

    /** Codes the selection with {@code code} (or says in the part why it cannot); the code becomes the most recent. */
    void codeWith(Code code);

    /** Codes the selection with the code named {@code name}, made first if there is none: one undoable action. */
    void codeWithName(String name);

    /** Codes the selection with the code picked, or with a new code of the name given there. */
    default void codeWithChoice(CodePicker.Choice choice) {
        if (choice.code() != null) {
            codeWith(choice.code());
        } else {
            codeWithName(choice.newName());
        }
    }
}
