package org.attune.coding.consensus;

import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Source;

/**
 * One place where two coders' codings of a source differ: coder A's coding, coder B's coding, or one of each. Its
 * {@link #key()} (the two codings' ids) names it in the project's record of decisions, so it keeps its identity
 * while neither coder changes these codings.
 *
 * @param number its number among all the disagreements of the two coders (1-based, stable while their codings stay)
 * @param a      coder A's coding, null when only B coded here
 * @param b      coder B's coding, null when only A coded here
 */
public record Disagreement(int number, Kind kind, Source source, Coding a, Coding b) {
    /** How the two coders differ. */
    public enum Kind {
        /** Only coder A coded these words with this code (and B coded nothing overlapping). */
        A_ONLY("A only"),
        /** Only coder B coded these words. */
        B_ONLY("B only"),
        /** Both coded the same code on overlapping words, with different boundaries. */
        BOUNDARIES("different boundaries"),
        /** The coders gave the same words different codes. */
        DIFFERENT_CODES("different codes");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The name of this disagreement in the record of decisions. */
    public String key() {
        return keyOf(a, b);
    }

    static String keyOf(Coding a, Coding b) {
        return (a == null ? "-" : a.getId()) + "/" + (b == null ? "-" : b.getId());
    }

    /** Where it starts: the first position either coding covers. */
    public long start() {
        return Math.min(a == null ? Long.MAX_VALUE : a.start(), b == null ? Long.MAX_VALUE : b.start());
    }

    /** Where it ends (exclusive): the last position either coding covers. */
    public long end() {
        return Math.max(a == null ? Long.MIN_VALUE : a.end(), b == null ? Long.MIN_VALUE : b.end());
    }

    /** Whether either coding has {@code code}. */
    public boolean involves(Code code) {
        return a != null && a.getCode() == code || b != null && b.getCode() == code;
    }
}
