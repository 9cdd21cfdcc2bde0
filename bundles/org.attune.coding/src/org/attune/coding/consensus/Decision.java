package org.attune.coding.consensus;

import java.util.Locale;

/** How a disagreement is settled into the consensus codings. */
public enum Decision {
    /** Coder A's coding goes into the consensus (nothing, when only B coded). */
    ACCEPT_A("accept-a", "Accept A"),
    /** Coder B's coding goes into the consensus (nothing, when only A coded). */
    ACCEPT_B("accept-b", "Accept B"),
    /** Both: two codings for different codes, one coding over both stretches for the same code. */
    BOTH("both", "Both"),
    /** Neither coding goes into the consensus. */
    NEITHER("neither", "Neither"),
    /** One coding with a chosen code on a chosen stretch. */
    ADJUST("adjust", "Adjust boundaries");

    private final String word;
    private final String label;

    Decision(String word, String label) {
        this.word = word;
        this.label = label;
    }

    /** The word the command line and the record of decisions use. */
    public String word() {
        return word;
    }

    /** The name a button or menu shows. */
    public String label() {
        return label;
    }

    /** The decision of this word (as {@link #word()}, ignoring case; {@code a}, {@code b} for accept-a, accept-b). */
    public static Decision of(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        for (Decision d : values()) {
            if (d.word.equals(w) || d.word.equals("accept-" + w)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no decision \"" + word + "\": accept-a, accept-b, both, neither or adjust");
    }
}
