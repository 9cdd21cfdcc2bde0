package org.attune.agreement;

import java.util.Arrays;

import org.dkpro.statistics.agreement.IAgreementMeasure;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.WeightedKappaAgreement;

/**
 * Cohen's kappa (1960) and weighted kappa (Cohen 1968) for exactly two raters, on the units both scored
 * (complete cases), computed by DKPro Statistics. Weights come from the scores themselves: disagreement
 * |a − b|/range (linear) or ((a − b)/range)² (quadratic), i.e. the usual agreement weights 1 − |i − j|/(q − 1)
 * and 1 − (i − j)²/(q − 1)² on an evenly spaced scale.
 */
final class CohenKappa {
    enum Weighting { NONE, LINEAR, QUADRATIC }

    private CohenKappa() {
    }

    static AgreementEntry compute(Coefficient coefficient, RatingData data, Weighting weighting) {
        if (data.raterCount() != 2) {
            throw new NotDefinedException("needs exactly 2 raters, the data have " + data.raterCount());
        }
        double[][] complete = data.completeUnits();
        if (complete.length == 0) {
            throw new NotDefinedException("no unit was scored by both raters");
        }
        double[] scores = Arrays.stream(complete).flatMapToDouble(Arrays::stream).sorted().toArray();
        double range = scores[scores.length - 1] - scores[0];
        if (range == 0) {
            throw new NotDefinedException("every score is the same, so chance agreement is 1");
        }
        CodingAnnotationStudy study = new CodingAnnotationStudy(2);
        for (double[] unit : complete) {
            study.addItem(unit[0], unit[1]);
        }
        IAgreementMeasure measure = switch (weighting) {
            case NONE -> new CohenKappaAgreement(study);
            case LINEAR -> new WeightedKappaAgreement(study, new ScaledDistanceFunction(range, false));
            case QUADRATIC -> new WeightedKappaAgreement(study, new ScaledDistanceFunction(range, true));
        };
        return AgreementEntry.of(coefficient, measure.calculateAgreement(), complete.length, 2);
    }
}
