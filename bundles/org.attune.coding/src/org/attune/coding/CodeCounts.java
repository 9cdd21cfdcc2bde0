package org.attune.coding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.store.ProjectStore;

/**
 * How often each code is used: codings and distinct sources, of the code alone and with its sub-codes. A code's
 * count wherever the codebook is shown or exported is {@link #withSubCodes}: its own codings and its sub-codes',
 * each coding once (a coding has one code), and each source once.
 */
public final class CodeCounts {
    /** What a code's codings count means, for column headers' tooltips and exports. */
    public static final String CODINGS_MEANING = "Codings of the code and its sub-codes, each coding once";
    public static final String SOURCES_MEANING = "Sources holding codings of the code or its sub-codes, each source once";

    /** Counts of one code. */
    public record Count(int codings, int sources) {
        static final Count NONE = new Count(0, 0);
    }

    private final Map<Code, Count> own = new HashMap<>();
    private final Map<Code, Count> withSubCodes = new HashMap<>();

    private CodeCounts() {
    }

    /** Counts every code's codings, reading each source's codings once. */
    public static CodeCounts of(ProjectStore store) {
        return of(store, c -> true);
    }

    /** Counts the codings {@code shown} lets through (a {@link CodingLens}: the blind rule and a coder choice). */
    public static CodeCounts of(ProjectStore store, java.util.function.Predicate<Coding> shown) {
        Map<Code, Integer> codings = new HashMap<>();
        Map<Code, Set<Source>> sources = new HashMap<>();
        Map<Code, Integer> treeCodings = new HashMap<>();
        Map<Code, Set<Source>> treeSources = new HashMap<>();
        for (Source source : store.project().getSources()) {
            store.load(source);
            for (Coding coding : source.getCodings()) {
                Code code = coding.getCode();
                if (code == null || !shown.test(coding)) {
                    continue;
                }
                codings.merge(code, 1, Integer::sum);
                sources.computeIfAbsent(code, c -> new HashSet<>()).add(source);
                for (Code c = code; c != null; c = c.getParent()) {
                    treeCodings.merge(c, 1, Integer::sum);
                    treeSources.computeIfAbsent(c, x -> new HashSet<>()).add(source);
                }
            }
        }
        CodeCounts counts = new CodeCounts();
        codings.forEach((c, n) -> counts.own.put(c, new Count(n, sources.get(c).size())));
        treeCodings.forEach((c, n) -> counts.withSubCodes.put(c, new Count(n, treeSources.get(c).size())));
        return counts;
    }

    public Count of(Code code) {
        return own.getOrDefault(code, Count.NONE);
    }

    /** Counts of the code and all its sub-codes together (a source counts once). */
    public Count withSubCodes(Code code) {
        return withSubCodes.getOrDefault(code, Count.NONE);
    }
}
