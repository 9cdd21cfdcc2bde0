package org.attune.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attune.model.Code;
import org.attune.model.Source;

/**
 * Grounded theory's saturation check, "am I still finding new codes?": source by source (in import order or
 * an order given, e.g. the order of the interviews), the codes used, those used for the first time, and the
 * running count of distinct codes. Codes are counted as applied (a sub-code is not its parent).
 */
public final class Saturation {
    /** One source's step in the series. */
    public record Step(int index, Source source, int codings, int codesUsed, List<Code> newCodes, int cumulativeCodes) {
        public int newCodeCount() {
            return newCodes.size();
        }
    }

    private Saturation() {
    }

    /** The series over the project's sources in import order. */
    public static List<Step> compute(CodingSet data) {
        return series(data, data.sources());
    }

    /** The series over the named sources in the order given (names compared ignoring case). */
    public static List<Step> inOrder(CodingSet data, List<String> sourceNames) throws AnalysisException {
        List<Source> order = new ArrayList<>();
        for (String name : sourceNames) {
            Source source = data.sources().stream().filter(s -> name.strip().equalsIgnoreCase(s.getName())).findFirst()
                    .orElseThrow(() -> new AnalysisException("there is no source named \"" + name.strip() + "\""));
            if (order.contains(source)) {
                throw new AnalysisException("the source \"" + source.getName() + "\" is named twice in the order");
            }
            order.add(source);
        }
        return series(data, order);
    }

    private static List<Step> series(CodingSet data, List<Source> order) {
        Map<Source, List<CodedStretch>> bySource = new HashMap<>();
        data.stretches().forEach(s -> bySource.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(s));
        Map<Code, Integer> treeOrder = new HashMap<>();
        Rows.CODES.codes(data.store().project()).forEach(c -> treeOrder.put(c, treeOrder.size()));
        Set<Code> seen = new LinkedHashSet<>();
        List<Step> steps = new ArrayList<>();
        for (Source source : order) {
            List<CodedStretch> stretches = bySource.getOrDefault(source, List.of());
            Set<Code> used = new LinkedHashSet<>();
            stretches.forEach(s -> used.add(s.code()));
            List<Code> fresh = new ArrayList<>();
            List<Code> reading = new ArrayList<>(used); // in the codebook's order
            reading.sort(java.util.Comparator.comparingInt(c -> treeOrder.getOrDefault(c, Integer.MAX_VALUE)));
            for (Code code : reading) {
                if (seen.add(code)) {
                    fresh.add(code);
                }
            }
            steps.add(new Step(steps.size() + 1, source, stretches.size(), used.size(), List.copyOf(fresh), seen.size()));
        }
        return steps;
    }
}
