package org.attune.agreement.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * Krippendorff's unitizing alpha αU (Krippendorff 2004, §12.4; 1995), computed by DKPro Statistics. Each code
 * is a category; a coder's codings of one code are joined where they overlap. A code's figure in a source is
 * DKPro's category agreement (Krippendorff's (c)αU); a source's or the overall figure is αU over all codes.
 * Figures over several sources lay the sources end to end on one continuum.
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
        long begin = 0;
        long unitsA = 0;
        long unitsB = 0;
        List<long[]> units = new ArrayList<>(); // offset, length, coder 0/1, code index
        for (String source : study.sources()) {
            if (scope.source() != null && !scope.source().equals(source)) {
                continue;
            }
            for (int c = 0; c < study.codes().size(); c++) {
                for (Stretch s : study.covered(source, study.codes().get(c), study.coderA())) {
                    units.add(new long[] { begin + s.start(), s.length(), 0, c });
                    unitsA++;
                }
                for (Stretch s : study.covered(source, study.codes().get(c), study.coderB())) {
                    units.add(new long[] { begin + s.start(), s.length(), 1, c });
                    unitsB++;
                }
            }
            begin += study.length(source);
        }
        UnitizingAnnotationStudy dkpro = new UnitizingAnnotationStudy(2, 0, begin);
        for (long[] u : units) {
            dkpro.addUnit(u[0], u[1], (int) u[2], study.codes().get((int) u[3]));
        }
        KrippendorffAlphaUnitizingAgreement alpha = new KrippendorffAlphaUnitizingAgreement(dkpro);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("unitsA", scope.code() == null ? unitsA : count(units, 0, study.codes().indexOf(scope.code())));
        counts.put("unitsB", scope.code() == null ? unitsB : count(units, 1, study.codes().indexOf(scope.code())));
        counts.put("length", begin);
        double value = scope.code() == null ? alpha.calculateAgreement() : alpha.calculateCategoryAgreement(scope.code());
        Figure figure = Double.isFinite(value) ? Figure.of("alpha-u", value, begin, study.unit())
                : Figure.notDefined("alpha-u", begin, study.unit(), counts.get("unitsA") + counts.get("unitsB") == 0
                        ? "neither coder coded here" : "no expected disagreement (the coding covers the whole continuum)");
        return new Row(scope, counts, List.of(figure));
    }

    private static long count(List<long[]> units, int coder, int code) {
        return units.stream().filter(u -> u[2] == coder && u[3] == code).count();
    }
}
