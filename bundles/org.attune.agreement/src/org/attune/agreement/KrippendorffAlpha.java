package org.attune.agreement;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;

/**
 * Krippendorff's alpha for any number of raters with missing scores, computed by DKPro Statistics from the
 * pairable units (those with at least two scores; Krippendorff 2011). Ordinal alpha is given the ranks of
 * the scores, because DKPro's ordinal metric reads whole-number categories only (the metric depends on
 * the order and frequencies of the values, never on their size, so ranks give the same alpha).
 */
final class KrippendorffAlpha {
    enum Level { NOMINAL, ORDINAL, INTERVAL }

    private KrippendorffAlpha() {
    }

    static AgreementEntry compute(Coefficient coefficient, RatingData data, Level level) {
        double[] distinct = Arrays.stream(pairableScores(data)).distinct().sorted().toArray();
        CodingAnnotationStudy study = new CodingAnnotationStudy(data.raterCount());
        int units = 0;
        for (int u = 0; u < data.unitCount(); u++) {
            if (data.scoresOf(u).length < 2) {
                continue;
            }
            Object[] unit = new Object[data.raterCount()];
            for (int r = 0; r < unit.length; r++) {
                Double value = data.value(u, r);
                unit[r] = value == null ? null : level == Level.ORDINAL ? (Object) Arrays.binarySearch(distinct, value) : value;
            }
            study.addItemAsArray(unit);
            units++;
        }
        if (units == 0) {
            throw new NotDefinedException("no unit has scores from two raters");
        }
        if (distinct.length < 2) {
            throw new NotDefinedException("every score is the same, so expected disagreement is 0");
        }
        IDistanceFunction distance = switch (level) {
            case NOMINAL -> new NominalDistanceFunction();
            case ORDINAL -> new OrdinalDistanceFunction();
            case INTERVAL -> new IntervalDistanceFunction();
        };
        double alpha = new KrippendorffAlphaAgreement(study, distance).calculateAgreement();
        return AgreementEntry.of(coefficient, alpha, units, data.raterCount());
    }

    private static double[] pairableScores(RatingData data) {
        return IntStream.range(0, data.unitCount()).mapToObj(data::scoresOf)
                .filter(s -> s.length >= 2).flatMapToDouble(Arrays::stream).toArray();
    }
}
