package org.attune.agreement;

import java.util.Arrays;

/**
 * Gwet's AC1 (nominal) and AC2 (weighted) for any number of raters with missing scores, as in Gwet's
 * Handbook of Inter-Rater Reliability (4th ed., 2014, ch. 2–3): agreement p_a over the units with at least
 * two scores, chance agreement p_e from the category shares of every scored unit. The categories are the
 * distinct scores observed; AC2 weights are 1 − |a − b|/(max − min) (linear) or 1 − ((a − b)/(max − min))²
 * (quadratic).
 */
final class GwetAgreement {
    enum Weighting { IDENTITY, LINEAR, QUADRATIC }

    private GwetAgreement() {
    }

    static AgreementEntry compute(Coefficient coefficient, RatingData data, Weighting weighting) {
        double[] categories = Arrays.stream(data.allScores()).distinct().sorted().toArray();
        int q = categories.length;
        if (q < 2) {
            throw new NotDefinedException(q == 0 ? "no scores" : "every score is the same, so chance agreement is undefined");
        }
        double[][] w = weights(categories, weighting);
        double weightSum = Arrays.stream(w).flatMapToDouble(Arrays::stream).sum();
        double agreement = 0;
        int pairable = 0;
        int scored = 0;
        double[] share = new double[q];
        for (int u = 0; u < data.unitCount(); u++) {
            double[] scores = data.scoresOf(u);
            if (scores.length == 0) {
                continue;
            }
            double[] counts = new double[q];
            for (double s : scores) {
                counts[Arrays.binarySearch(categories, s)]++;
            }
            int r = scores.length;
            scored++;
            for (int c = 0; c < q; c++) {
                share[c] += counts[c] / r;
            }
            if (r >= 2) {
                pairable++;
                for (int c = 0; c < q; c++) {
                    double weighted = 0;
                    for (int l = 0; l < q; l++) {
                        weighted += w[c][l] * counts[l];
                    }
                    agreement += counts[c] * (weighted - 1) / (r * (r - 1.0));
                }
            }
        }
        if (pairable == 0) {
            throw new NotDefinedException("no unit has scores from two raters");
        }
        double pa = agreement / pairable;
        double spread = 0;
        for (int c = 0; c < q; c++) {
            double pi = share[c] / scored;
            spread += pi * (1 - pi);
        }
        double pe = weightSum * spread / (q * (q - 1.0));
        return AgreementEntry.of(coefficient, (pa - pe) / (1 - pe), pairable, data.raterCount());
    }

    static double[][] weights(double[] categories, Weighting weighting) {
        int q = categories.length;
        double range = categories[q - 1] - categories[0];
        double[][] w = new double[q][q];
        for (int a = 0; a < q; a++) {
            for (int b = 0; b < q; b++) {
                double d = Math.abs(categories[a] - categories[b]) / range;
                w[a][b] = switch (weighting) {
                    case IDENTITY -> a == b ? 1 : 0;
                    case LINEAR -> 1 - d;
                    case QUADRATIC -> 1 - d * d;
                };
            }
        }
        return w;
    }
}
