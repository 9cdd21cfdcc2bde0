package org.attune.coding.consensus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.User;
import org.attune.store.ProjectStore;

/**
 * Finds where two coders' codings of sources differ. In each source the coders' codings of text or time are paired
 * one to one, in this order: the same code on the same stretch (they agree: not a disagreement); the same code on
 * overlapping stretches ({@link Disagreement.Kind#BOUNDARIES}, the pair sharing most); different codes on
 * overlapping stretches ({@link Disagreement.Kind#DIFFERENT_CODES}); what is left is coded by one coder only.
 * Codings of other coders (the consensus among them) are not looked at, so settling changes no number.
 */
public final class Disagreements {
    private static final Comparator<Coding> ORDER = Comparator.comparingLong(Coding::start).thenComparingLong(Coding::end)
            .thenComparing(c -> c.getCode() == null ? "" : String.valueOf(c.getCode().getName())).thenComparing(Coding::getId);

    private Disagreements() {
    }

    /** The disagreements of coders {@code a} and {@code b} in {@code sources}, numbered from 1 in the sources' order. */
    public static List<Disagreement> between(ProjectStore store, List<? extends Source> sources, User a, User b) {
        List<Disagreement> all = new ArrayList<>();
        for (Source source : sources) {
            store.load(source);
            all.addAll(in(source, a, b, all.size()));
        }
        return all;
    }

    /** The codings on which the two coders agree (same code, same stretch), as pairs [A's, B's]. */
    public static List<Coding[]> agreed(ProjectStore store, List<? extends Source> sources, User a, User b) {
        List<Coding[]> pairs = new ArrayList<>();
        for (Source source : sources) {
            store.load(source);
            pairs.addAll(agreedIn(codings(source, a), codings(source, b)));
        }
        return pairs;
    }

    private static List<Disagreement> in(Source source, User coderA, User coderB, int before) {
        List<Coding> as = codings(source, coderA);
        List<Coding> bs = codings(source, coderB);
        Set<Coding> paired = new HashSet<>();
        for (Coding[] pair : agreedIn(as, bs)) {
            paired.add(pair[0]);
            paired.add(pair[1]);
        }
        List<Disagreement> found = new ArrayList<>();
        pair(as, bs, paired, (x, y) -> x.getCode() == y.getCode(), Disagreement.Kind.BOUNDARIES, source, found);
        pair(as, bs, paired, (x, y) -> x.getCode() != y.getCode(), Disagreement.Kind.DIFFERENT_CODES, source, found);
        as.stream().filter(x -> !paired.contains(x)).forEach(x -> found.add(new Disagreement(0, Disagreement.Kind.A_ONLY, source, x, null)));
        bs.stream().filter(y -> !paired.contains(y)).forEach(y -> found.add(new Disagreement(0, Disagreement.Kind.B_ONLY, source, null, y)));
        found.sort(Comparator.comparingLong(Disagreement::start).thenComparingLong(Disagreement::end)
                .thenComparing(Disagreement::kind).thenComparing((Disagreement d) -> d.key()));
        List<Disagreement> numbered = new ArrayList<>();
        for (Disagreement d : found) {
            numbered.add(new Disagreement(before + numbered.size() + 1, d.kind(), source, d.a(), d.b()));
        }
        return numbered;
    }

    private static List<Coding[]> agreedIn(List<Coding> as, List<Coding> bs) {
        List<Coding[]> pairs = new ArrayList<>();
        Set<Coding> used = new HashSet<>();
        for (Coding x : as) {
            bs.stream().filter(y -> !used.contains(y) && y.getCode() == x.getCode() && Spans.sameStretch(x, y)).findFirst()
                    .ifPresent(y -> {
                        used.add(y);
                        pairs.add(new Coding[] { x, y });
                    });
        }
        return pairs;
    }

    /** Pairs each unpaired A coding with the unpaired B coding that {@code fits} and shares most with it. */
    private static void pair(List<Coding> as, List<Coding> bs, Set<Coding> paired, BiPredicate<Coding, Coding> fits,
            Disagreement.Kind kind, Source source, List<Disagreement> found) {
        for (Coding x : as) {
            if (paired.contains(x)) {
                continue;
            }
            Coding best = null;
            for (Coding y : bs) {
                if (!paired.contains(y) && fits.test(x, y) && Spans.overlap(x, y) > 0
                        && (best == null || Spans.overlap(x, y) > Spans.overlap(x, best))) {
                    best = y;
                }
            }
            if (best != null) {
                paired.add(x);
                paired.add(best);
                found.add(new Disagreement(0, kind, source, x, best));
            }
        }
    }

    private static List<Coding> codings(Source source, User coder) {
        return source.getCodings().stream().filter(c -> c.getCreatedBy() == coder && c.getCode() != null && Spans.isSpan(c))
                .sorted(ORDER).toList();
    }
}
