package org.attune.agreement.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * Krippendorff's unitizing alpha αU (Krippendorff 2004, §12.4; 1995), computed by DKPro Statistics. Each code
 * is a category; a coder's codings of one code are joined where they overlap, touching ones stay apart (two units, as
 * Krippendorff 1995, p. 57, counts Jill's adjacent units: joined, his example B would give .494, not the printed −.926).
 * A code's figure in a source is
 * DKPro's category agreement (Krippendorff's (c)αU); a source's or the overall figure is αU over all codes.
 * Figures over several sources lay the sources end to end on one continuum. Takes two or more coders, each
 * coder's position in the study its rater index; a row counts each coder's units ({@code unitsA}, {@code unitsB}
 * for two coders, {@code units:<coder>} for more).
 */
public final class UnitizingAlpha {
    private UnitizingAlpha() {
    }

    public static List<Row> of(CodingStudy study) {
        List<Row> rows = new ArrayList<>();
        for (Scope scope : study.scopes()) {
            rows.add(row(study, scope));
        }
        return rows;
    }

    private static Row row(CodingStudy study, Scope scope) {
        List<String> coders = study.coders();
        long begin = 0;
        List<long[]> units = new ArrayList<>(); // offset, length, coder (position in the study), code index
        for (String source : study.sources()) {
            if (scope.source() != null && !scope.source().equals(source)) {
                continue;
            }
            for (int c = 0; c < study.codes().size(); c++) {
                for (int r = 0; r < coders.size(); r++) {
                    for (Stretch s : study.units(source, study.codes().get(c), coders.get(r))) {
                        units.add(new long[] { begin + s.start(), s.length(), r, c });
                    }
                }
            }
            begin += study.length(source);
        }
        UnitizingAnnotationStudy dkpro = new UnitizingAnnotationStudy(coders.size(), 0, begin);
        for (long[] u : units) {
            dkpro.addUnit(u[0], u[1], (int) u[2], study.codes().get((int) u[3]));
        }
        KrippendorffAlphaUnitizingAgreement alpha = new KrippendorffAlphaUnitizingAgreement(dkpro);
        int code = scope.code() == null ? -1 : study.codes().indexOf(scope.code());
        Map<String, Long> counts = new LinkedHashMap<>();
        long total = 0;
        for (int r = 0; r < coders.size(); r++) {
            long n = count(units, r, code);
            total += n;
            counts.put(CodingStudy.unitCountKey(coders, r), n);
        }
        counts.put("length", begin);
        double value = scope.code() == null ? alpha.calculateAgreement() : alpha.calculateCategoryAgreement(scope.code());
        Figure figure = Double.isFinite(value) ? Figure.of("alpha-u", value, begin, study.unit())
                : Figure.notDefined("alpha-u", begin, study.unit(), total == 0
                        ? (coders.size() == 2 ? "neither coder coded here" : "no coder coded here") : "no expected disagreement (the coding covers the whole continuum)");
        return new Row(scope, counts, List.of(figure));
    }

    /** The coder's units of the code (all codes when {@code code} is negative). */
    private static long count(List<long[]> units, int coder, int code) {
        return units.stream().filter(u -> u[2] == coder && (code < 0 || u[3] == code)).count();
    }
}
