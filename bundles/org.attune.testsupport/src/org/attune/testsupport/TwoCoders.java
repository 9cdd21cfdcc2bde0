package org.attune.testsupport;

import org.attune.coding.Coder;
import org.attune.model.Code;
import org.attune.model.MediaSource;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;

/**
 * Codings by two (or more) coders, made through the real store as each coder would make them: each coder becomes
 * the current user in turn and codes with {@link Coder} (one undoable action a coding), then the person who was the
 * current user before (the lead, who compares and settles) is again. Call on the thread that changes the model:
 * <pre>
 * TwoCoders.in(store).as("Ana").code(text, 0, 10, waiting).code(text, 20, 30, praise)
 *         .as("Ben").code(text, 0, 10, waiting).back();
 * </pre>
 */
public final class TwoCoders {
    private final ProjectStore store;
    private final Coder coder;
    private final String before;

    private TwoCoders(ProjectStore store) {
        this.store = store;
        this.coder = new Coder(store);
        this.before = store.currentUser().getName();
    }

    /** Starts coding in {@code store}; {@link #back()} returns to its current user of now. */
    public static TwoCoders in(ProjectStore store) {
        return new TwoCoders(store);
    }

    /** Codes as {@code name} from now on (the user is made if the project does not know it yet). */
    public TwoCoders as(String name) {
        store.setCurrentUser(name);
        return this;
    }

    /** Codes the characters {@code start} to {@code end} of {@code text} with {@code code}. */
    public TwoCoders code(TextSource text, int start, int end, Code code) {
        coder.code(text, start, end, code);
        return this;
    }

    /** Codes the time from {@code startMs} to {@code endMs} of a recording with {@code code}. */
    public TwoCoders codeTime(MediaSource media, long startMs, long endMs, Code code) {
        coder.codeTime(media, startMs, endMs, code);
        return this;
    }

    /** Makes the user who was current before the coders coded the current user again. */
    public void back() {
        store.setCurrentUser(before);
    }

    /** Makes {@code lead} the current user (e.g. the lead who settles the coders' disagreements). */
    public void thenAs(String lead) {
        store.setCurrentUser(lead);
    }
}
