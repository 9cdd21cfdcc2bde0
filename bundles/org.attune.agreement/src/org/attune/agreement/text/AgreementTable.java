package org.attune.agreement.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agreement report of two coders: per scope (code × source, code, source, overall) the character figures
 * (percent and Cohen's kappa over every character and over the characters either coder coded) beside unitizing
 * alpha, and the order that puts the worst agreement first.
 */
public final class AgreementTable {
    private AgreementTable() {
    }

    /** One scope's figures; {@link #units()} counts the characters (or milliseconds) they were computed on. */
    public record Line(Scope scope, Figure percent, Figure kappa, Figure kappaCoded, Figure alphaU) {
        public long units() {
            return percent.units();
        }

        public String unitName() {
            return percent.unitName();
        }
    }

    /**
     * Worst first: by Cohen's kappa over the characters, then alpha, then percent, ascending; a figure that is not
     * defined sorts last (nothing to settle there), then by code and source.
     */
    public static final Comparator<Line> WORST_FIRST = Comparator.<Line, Double>comparing(l -> value(l.kappa()),
            Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(l -> value(l.alphaU()), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(l -> value(l.percent()), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(l -> String.valueOf(l.scope().code()))
            .thenComparing(l -> String.valueOf(l.scope().source()));

    /** Every scope of {@code study} with its figures, in the study's order. */
    public static List<Line> of(CodingStudy study) {
        Map<Scope, Row> alpha = new LinkedHashMap<>();
        UnitizingAlpha.of(study).forEach(r -> alpha.put(r.scope(), r));
        List<Line> lines = new ArrayList<>();
        for (Row r : CharacterAgreement.of(study)) {
            Row a = alpha.get(r.scope());
            lines.add(new Line(r.scope(), r.figure("percent"), r.figure("kappa"), r.figure("kappa-coded"),
                    a == null ? Figure.notDefined("alpha-u", 0, study.unit(), "not computed for this scope") : a.figure("alpha-u")));
        }
        return lines;
    }

    /**
     * Every scope of {@code study} with the segments' percent agreement and kappa (MAXQDA) at the least overlap
     * {@code threshold} ({@link SegmentAgreement}); kappa over coded characters and alpha are not defined there.
     */
    public static List<Line> ofSegments(CodingStudy study, double threshold) {
        return SegmentAgreement.of(study, threshold).stream().map(r -> new Line(r.scope(), r.figure("percent"), r.figure("kappa"),
                Figure.notDefined("kappa-coded", 0, "segments", "segments: no kappa over coded characters"),
                Figure.notDefined("alpha-u", 0, "segments", "segments: no unitizing alpha"))).toList();
    }

    /** The lines of one level (per code, per source, …), worst first. */
    public static List<Line> worstFirst(List<Line> lines, Scope.Level level) {
        return lines.stream().filter(l -> l.scope().level() == level).sorted(WORST_FIRST).toList();
    }

    private static Double value(Figure f) {
        return f.value();
    }
}
