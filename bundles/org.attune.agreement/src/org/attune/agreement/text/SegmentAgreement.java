package org.attune.agreement.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Segment-based agreement as MAXQDA's intercoder agreement at segment level: a segment coder A coded agrees
 * when coder B coded the same code on a segment that overlaps it by at least the threshold (the common stretch
 * as a share of the stretch both segments cover), and the same for B's segments. Percent = agreements /
 * (agreements + non-agreements); kappa as MAXQDA after Brennan &amp; Prediger (1981): p_c = 1/k for the k codes
 * in the scope's table, κ = (p_o − p_c)/(1 − p_c).
 */
public final class SegmentAgreement {
    private SegmentAgreement() {
    }

    /** @param threshold the least overlap, 0 &lt; threshold ≤ 1 (MAXQDA's default 0.9) */
    public static List<Row> of(CodingStudy study, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the overlap must be more than 0 % and at most 100 %, not " + threshold * 100 + " %");
        }
        record Cell(String code, String source, long agreeA, long nonA, long agreeB, long nonB) {
        }
        List<Cell> cells = new ArrayList<>();
        for (String source : study.sources()) {
            for (String code : study.codes()) {
                List<Stretch> a = study.stretches(source, code, study.coderA());
                List<Stretch> b = study.stretches(source, code, study.coderB());
                long agreeA = matched(a, b, threshold);
                long agreeB = matched(b, a, threshold);
                cells.add(new Cell(code, source, agreeA, a.size() - agreeA, agreeB, b.size() - agreeB));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Scope scope : study.scopes()) {
            List<Cell> in = cells.stream().filter(c -> scope.covers(c.code(), c.source())).toList();
            long agreements = in.stream().mapToLong(c -> c.agreeA() + c.agreeB()).sum();
            long nonA = in.stream().mapToLong(Cell::nonA).sum();
            long nonB = in.stream().mapToLong(Cell::nonB).sum();
            long codes = in.stream().filter(c -> c.agreeA() + c.nonA() + c.agreeB() + c.nonB() > 0).map(Cell::code).distinct().count();
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("agreements", agreements);
            counts.put("onlyA", nonA);
            counts.put("onlyB", nonB);
            counts.put("codes", codes);
            rows.add(new Row(scope, counts, figures(agreements, agreements + nonA + nonB, codes)));
        }
        return rows;
    }

    private static long matched(List<Stretch> these, List<Stretch> others, double threshold) {
        return these.stream().filter(s -> others.stream().anyMatch(o -> s.overlapShare(o) >= threshold)).count();
    }

    private static List<Figure> figures(long agreements, long segments, long codes) {
        if (segments == 0) {
            return List.of(Figure.notDefined("percent", 0, "segments", "neither coder coded a segment here"),
                    Figure.notDefined("kappa", 0, "segments", "neither coder coded a segment here"));
        }
        double observed = (double) agreements / segments;
        Figure percent = Figure.of("percent", 100 * observed, segments, "segments");
        if (codes < 2) {
            return List.of(percent, Figure.notDefined("kappa", segments, "segments",
                    "one code: chance agreement 1/k is 1 (MAXQDA's kappa needs the table of 2 or more codes)"));
        }
        double chance = 1.0 / codes;
        return List.of(percent, Figure.of("kappa", (observed - chance) / (1 - chance), segments, "segments"));
    }
}
