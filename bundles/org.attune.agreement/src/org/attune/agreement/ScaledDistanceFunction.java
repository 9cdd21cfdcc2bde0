package org.attune.agreement;

import org.dkpro.statistics.agreement.IAnnotationStudy;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;

/**
 * Disagreement between two numeric scores for DKPro's weighted kappa, scaled into [0, 1]: |a − b|/range
 * (linear) or ((a − b)/range)² (quadratic). The scaling matters: DKPro 2.2.1 divides observed and expected
 * disagreement by the largest distance each of them met, floored at 1, so unscaled distances bigger than 1
 * give a wrong kappa whenever no unit shows the largest possible disagreement. Within [0, 1] both divisors
 * are 1 and the ratio, which is all kappa uses, is Cohen's (1968).
 */
final class ScaledDistanceFunction implements IDistanceFunction {
    private final double range;
    private final boolean squared;

    ScaledDistanceFunction(double range, boolean squared) {
        this.range = range;
        this.squared = squared;
    }

    @Override
    public double measureDistance(IAnnotationStudy study, Object category1, Object category2) {
        double d = Math.abs(((Number) category1).doubleValue() - ((Number) category2).doubleValue()) / range;
        return squared ? d * d : d;
    }
}
