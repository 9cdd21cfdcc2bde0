package org.attune.agreement;

import java.util.Arrays;

import org.apache.commons.math3.distribution.TDistribution;

import org.dkpro.statistics.agreement.IAgreementMeasure;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.WeightedKappaAgreement;

/**
 * Cohen's kappa (1960) and weighted kappa (Cohen 1968) for exactly two raters, on the units both scored
 * (complete cases), computed by DKPro Statistics. Weights come from the scores themselves: disagreement
 * |a − b|/range (linear) or ((a − b)/range)² (quadratic), i.e. the usual agreement weights 1 − |i − j|/(q − 1)
 * and 1 − (i − j)²/(q − 1)² on an evenly spaced scale. The 95% interval is κ ± t_{0.975, n−1}·SE, at most 1.
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
        double kappa = measure.calculateAgreement();
        if (complete.length < 2) {
            return AgreementEntry.of(coefficient, kappa, complete.length, 2);
        }
        double se = standardError(complete, weighting, kappa);
        double t = new TDistribution(complete.length - 1).inverseCumulativeProbability(0.975);
        return AgreementEntry.of(coefficient, kappa, se, kappa - t * se, Math.min(1, kappa + t * se), complete.length, 2);
    }

    /**
     * The large-sample standard error of Fleiss, Cohen &amp; Everitt (1969), as irrCAC's {@code kappa2.table}:
     * v = (Σ_kl p_kl (w_kl − (1 − κ)(w̄_k + w̄_l))² − (p_a − 2(1 − κ)p_e)²)/(n(1 − p_e)²), with agreement weights
     * w (1 on the diagonal; 1 − distance when weighted), w̄_k = Σ_l w_kl p_.l and w̄_l = Σ_k w_kl p_k.
     */
    private static double standardError(double[][] complete, Weighting weighting, double kappa) {
        double[] categories = Arrays.stream(complete).flatMapToDouble(Arrays::stream).distinct().sorted().toArray();
        int q = categories.length;
        double n = complete.length;
        double[][] p = new double[q][q];
        for (double[] unit : complete) {
            p[Arrays.binarySearch(categories, unit[0])][Arrays.binarySearch(categories, unit[1])] += 1 / n;
        }
        double[][] w = RaterDistribution.weights(categories, switch (weighting) {
            case NONE -> RaterDistribution.Weighting.IDENTITY;
            case LINEAR -> RaterDistribution.Weighting.LINEAR;
            case QUADRATIC -> RaterDistribution.Weighting.QUADRATIC;
        });
        double[] rows = new double[q];
        double[] columns = new double[q];
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                rows[k] += p[k][l];
                columns[l] += p[k][l];
            }
        }
        double pa = 0;
        double pe = 0;
        double[] wRow = new double[q];
        double[] wColumn = new double[q];
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                pa += w[k][l] * p[k][l];
                pe += w[k][l] * rows[k] * columns[l];
                wRow[k] += w[k][l] * columns[l];
                wColumn[l] += w[k][l] * rows[k];
            }
        }
        double sum = 0;
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                double term = w[k][l] - (1 - kappa) * (wRow[k] + wColumn[l]);
                sum += p[k][l] * term * term;
            }
        }
        double centre = pa - 2 * (1 - kappa) * pe;
        return Math.sqrt(Math.max(0, (sum - centre * centre) / (n * (1 - pe) * (1 - pe))));
    }
}
