package org.attune.coding;

import java.util.Locale;
import java.util.Objects;

/**
 * Whose codings a reader shows: {@code all}, {@code mine} (the viewer's own: in the workbench the current coder, on
 * the command line the user named by {@code --as}), one coder's (by name or initials), or the {@code consensus}
 * (the codings settling two coders' disagreements made). One choice shared by Coded Segments, the transcript's
 * highlighting and coding stripes, the matrices and the command line's {@code --coder}; {@link CodingLens} applies it
 * together with the blind rule.
 */
public record CoderFilter(Kind kind, String coder) {
    /** The kinds of choice. */
    public enum Kind {
        ALL, MINE, CODER, CONSENSUS
    }

    public static final CoderFilter ALL = new CoderFilter(Kind.ALL, null);
    public static final CoderFilter MINE = new CoderFilter(Kind.MINE, null);
    public static final CoderFilter CONSENSUS = new CoderFilter(Kind.CONSENSUS, null);

    public CoderFilter {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.CODER) != (coder != null && !coder.isBlank())) {
            throw new IllegalArgumentException("a coder's filter needs the coder's name, and only it");
        }
        coder = coder == null ? null : coder.strip();
    }

    /** One coder's codings. */
    public static CoderFilter coder(String name) {
        return new CoderFilter(Kind.CODER, name);
    }

    /**
     * Reads a choice as typed: {@code all} (or nothing), {@code mine}, {@code consensus} (ignoring case), else a coder's
     * name or initials.
     */
    public static CoderFilter parse(String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "all" -> ALL;
            case "mine" -> MINE;
            case "consensus" -> CONSENSUS;
            default -> coder(text);
        };
    }

    /** The word {@link #parse} reads back: all, mine, consensus or the coder's name. */
    public String word() {
        return kind == Kind.CODER ? coder : kind.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return word();
    }
}
