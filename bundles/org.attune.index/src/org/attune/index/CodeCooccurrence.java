package org.attune.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;

/**
 * How often two codes meet: pairs of their codings that overlap, and speaker turns (or paragraphs, in a
 * transcript without turns) that hold codings of both. A code counts with its own codings, not its sub-codes',
 * so that a parent and its child are not counted as meeting wherever the child is used.
 */
public final class CodeCooccurrence {
    /** Two codes (paths, in alphabetical order) and how often they meet. */
    public record Pair(String codeA, String codeB, int overlapping, int sameTurn) {
    }

    private CodeCooccurrence() {
    }

    /** Every pair of codes that meets at least once, most overlapping first. */
    public static List<Pair> count(ProjectStore store, CodingFilter filter) throws SearchSyntaxException {
        filter.check(store);
        Map<List<String>, int[]> counts = new HashMap<>();
        for (Source source : store.project().getSources()) {
            if (!(source instanceof TextSource transcript) || !filter.admits(source)) {
                continue;
            }
            store.load(source);
            List<Coding> codings = transcript.getCodings().stream()
                    .filter(c -> c.getCode() != null && c.getSelection() instanceof TextSelection && filter.admits(c)).toList();
            if (codings.size() < 2) {
                continue;
            }
            for (int i = 0; i < codings.size(); i++) {
                for (int j = i + 1; j < codings.size(); j++) {
                    Coding a = codings.get(i);
                    Coding b = codings.get(j);
                    if (a.getCode() != b.getCode() && start(a) < end(b) && start(b) < end(a)) {
                        counts.computeIfAbsent(key(a.getCode(), b.getCode()), k -> new int[2])[0]++;
                    }
                }
            }
            String text = transcript.getTurns().isEmpty() ? store.text(transcript) : "";
            for (int[] unit : Documents.units(transcript, text == null ? "" : text)) {
                Set<Code> inUnit = new java.util.LinkedHashSet<>();
                codings.stream().filter(c -> start(c) < unit[1] && unit[0] < end(c)).forEach(c -> inUnit.add(c.getCode()));
                List<Code> present = new ArrayList<>(inUnit);
                for (int i = 0; i < present.size(); i++) {
                    for (int j = i + 1; j < present.size(); j++) {
                        counts.computeIfAbsent(key(present.get(i), present.get(j)), k -> new int[2])[1]++;
                    }
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        counts.forEach((codes, n) -> pairs.add(new Pair(codes.get(0), codes.get(1), n[0], n[1])));
        pairs.sort(Comparator.comparingInt(Pair::overlapping).reversed().thenComparing(Comparator.comparingInt(Pair::sameTurn).reversed())
                .thenComparing(Pair::codeA).thenComparing(Pair::codeB));
        return pairs;
    }

    private static List<String> key(Code a, Code b) {
        return java.util.stream.Stream.of(Documents.path(a), Documents.path(b)).sorted().toList();
    }

    private static int start(Coding c) {
        return ((TextSelection) c.getSelection()).getStart();
    }

    private static int end(Coding c) {
        return ((TextSelection) c.getSelection()).getEnd();
    }
}
