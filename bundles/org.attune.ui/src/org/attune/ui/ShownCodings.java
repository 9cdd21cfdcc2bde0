package org.attune.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.attune.coding.CoderFilter;
import org.attune.coding.CodingLens;
import org.attune.coding.consensus.Consensus;
import org.attune.store.ProjectStore;

/**
 * Whose codings the workbench shows: one {@link CoderFilter} (All, Mine, a coder, Consensus) shared by the transcript
 * editor's highlighting and coding stripes, Coded Segments, the Codebook's counts and the matrices, chosen with
 * Edit > Show Codings (or the transcript's context menu, Coded Segments' and the matrices' coder choice). The current
 * coder ({@link CurrentCoder}) is the viewer, so under blind coding others' codings of a source stay hidden until the
 * coder marked it done ({@link CodingLens}).
 */
public final class ShownCodings {
    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();
    private static volatile CoderFilter filter = CoderFilter.ALL;

    private ShownCodings() {
    }

    public static CoderFilter filter() {
        return filter;
    }

    /** Chooses whose codings are shown and tells every view. */
    public static void set(CoderFilter chosen) {
        if (!Objects.equals(filter, chosen)) {
            filter = Objects.requireNonNull(chosen);
            changed();
        }
    }

    /**
     * The lens the views read codings through: the chosen coders' codings the current coder may see. A coder no longer
     * in the project (another project was opened) falls back to All.
     */
    public static CodingLens lens(ProjectStore store) {
        try {
            return CodingLens.of(store.project(), CurrentCoder.name(), filter);
        } catch (IllegalArgumentException unknownCoder) {
            return CodingLens.of(store.project(), CurrentCoder.name(), CoderFilter.ALL);
        }
    }

    /** The choices offered, in order: all, mine, each coder of the project (not the consensus coder), consensus. */
    public static List<CoderFilter> choices() {
        List<CoderFilter> choices = new ArrayList<>(List.of(CoderFilter.ALL, CoderFilter.MINE));
        for (String name : CurrentCoder.known()) {
            if (!name.equalsIgnoreCase(Consensus.DEFAULT_CODER)) {
                choices.add(CoderFilter.coder(name));
            }
        }
        choices.add(CoderFilter.CONSENSUS);
        return choices;
    }

    /** A choice as the menus and combos name it. */
    public static String label(CoderFilter choice) {
        return switch (choice.kind()) {
            case ALL -> Messages.CodedSegmentsView_all;
            case MINE -> Messages.CodedSegmentsView_mine;
            case CONSENSUS -> Messages.CodedSegmentsView_consensus;
            case CODER -> choice.coder();
        };
    }

    /** Tells the listeners that the choice or the viewer changed. */
    static void changed() {
        LISTENERS.forEach(Runnable::run);
    }

    /** {@code listener} runs (on any thread) when the choice or the current coder changes. */
    public static void addListener(Runnable listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Runnable listener) {
        LISTENERS.remove(listener);
    }
}
