package org.attune.store;

import java.util.ArrayList;
import java.util.List;

import org.attune.model.AttunePackage;
import org.eclipse.emf.ecore.EClass;

/**
 * How many of each kind of thing a project holds: kept after every saved action (to notice a store that lost its
 * newest part) and in every backup (to say what it holds).
 */
public record ProjectCounts(long sources, long cases, long codes, long codings, long memos, long ratingScales,
        long ratingSheets) {

    /** The kinds of things counted (each with its subtypes), in the order of the components: every back end counts these. */
    public static final List<EClass> COUNTED = List.of(AttunePackage.Literals.SOURCE, AttunePackage.Literals.CASE,
            AttunePackage.Literals.CODE, AttunePackage.Literals.CODING, AttunePackage.Literals.MEMO,
            AttunePackage.Literals.RATING_SCALE, AttunePackage.Literals.RATING_SHEET);

    /** From the counts in the order of the components. */
    public static ProjectCounts of(long... counts) {
        return new ProjectCounts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]);
    }

    /** The counts in the order of the components. */
    public long[] values() {
        return new long[] {sources, cases, codes, codings, memos, ratingScales, ratingSheets};
    }

    /** What {@code this} holds fewer of than {@code before}, e.g. "298 of 300 sources", or empty when nothing. */
    public List<String> fewerThan(ProjectCounts before) {
        List<String> fewer = new ArrayList<>();
        fewer(fewer, sources, before.sources, "sources");
        fewer(fewer, cases, before.cases, "cases");
        fewer(fewer, codes, before.codes, "codes");
        fewer(fewer, codings, before.codings, "codings");
        fewer(fewer, memos, before.memos, "memos");
        fewer(fewer, ratingScales, before.ratingScales, "rating scales");
        fewer(fewer, ratingSheets, before.ratingSheets, "rating sheets");
        return fewer;
    }

    private static void fewer(List<String> into, long now, long before, String what) {
        if (now < before) {
            into.add(now + " of " + before + " " + what);
        }
    }

    /** For people: "3 sources, 25 codes, 140 codings, 4 memos". */
    public String describe() {
        return sources + " sources, " + cases + " cases, " + codes + " codes, " + codings + " codings, " + memos + " memos";
    }
}
