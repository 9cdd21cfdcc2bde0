package org.attune.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The distribution of raters by unit and category behind Gwet's AC1/AC2 and Fleiss' generalized kappa, with the
 * standard errors and 95% intervals of Gwet (2008, 2014, ch. 2–5), as R's irrCAC {@code gwet.ac1.raw} and
 * {@code fleiss.kappa.raw} compute them for raw scores with missing values:
 * <ul>
 * <li>p_a = (1/n₂) Σ_{i: r_i ≥ 2} Σ_k r_ik (r*_ik − 1)/(r_i(r_i − 1)), r*_ik = Σ_l w_kl r_il, over the n₂ units
 * with two or more scores; π_k = (1/n) Σ_i r_ik/r_i over the n units with a score.</li>
 * <li>AC: p_e = T_w/(q(q − 1)) Σ_k π_k(1 − π_k); Fleiss: p_e = Σ_kl w_kl π_k π_l.</li>
 * <li>Variance: v = 1/(n(n − 1)) Σ_i (c*_i − c)², c*_i = c_i − 2(1 − c)(p_e|i − p_e)/(1 − p_e),
 * c_i = (n/n₂)(p_a|i − p_e·[r_i ≥ 2])/(1 − p_e); p_e|i is T_w/(q(q − 1)) Σ_k r_ik(1 − π_k)/r_i (AC) or
 * Σ_k r_ik π̄_k/r_i with π̄ = (Wπ + Wᵀπ)/2 (Fleiss). Interval c ± t_{0.975, n−1}·√v, the upper end at most 1.</li>
 * </ul>
 * The categories are the distinct scores observed; AC2 weights are 1 − |a − b|/(max − min) (linear) or
 * 1 − ((a − b)/(max − min))² (quadratic).
 */
final class RaterDistribution {
    enum Weighting { IDENTITY, LINEAR, QUADRATIC }

    private final RatingData data;
    private final double[][] w;
    /** [unit with a score][category]: how many raters gave the unit that score. */
    private final double[][] counts;
    private final double[] raters;
    private final int q;
    private final int pairable;
    private final double[] pi;
    private final double pa;

    private RaterDistribution(RatingData data, double[] categories, Weighting weighting) {
        this.data = data;
        this.q = categories.length;
        this.w = weights(categories, weighting);
        List<double[]> rows = new ArrayList<>();
        for (int u = 0; u < data.unitCount(); u++) {
            double[] scores = data.scoresOf(u);
            if (scores.length > 0) {
                double[] row = new double[q];
                for (double s : scores) {
                    row[Arrays.binarySearch(categories, s)]++;
                }
                rows.add(row);
            }
        }
        this.counts = rows.toArray(double[][]::new);
        this.raters = rows.stream().mapToDouble(row -> Arrays.stream(row).sum()).toArray();
        this.pi = new double[q];
        int n2 = 0;
        double agreement = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int k = 0; k < q; k++) {
                pi[k] += counts[i][k] / raters[i] / counts.length;
            }
            if (raters[i] >= 2) {
                n2++;
                agreement += agreementOf(i);
            }
        }
        this.pairable = n2;
        this.pa = n2 == 0 ? Double.NaN : agreement / n2;
    }

    /** @throws NotDefinedException when fewer than 2 categories occur or no unit has two scores */
    static RaterDistribution of(RatingData data, Weighting weighting) {
        double[] categories = Arrays.stream(data.allScores()).distinct().sorted().toArray();
        if (categories.length < 2) {
            throw new NotDefinedException(categories.length == 0 ? "no scores" : "every score is the same, so chance agreement is undefined");
        }
        RaterDistribution d = new RaterDistribution(data, categories, weighting);
        if (d.pairable == 0) {
            throw new NotDefinedException("no unit has scores from two raters");
        }
        return d;
    }

    private int units() {
        return raters.length;
    }

    /** Unit i's agreement Σ_k r_ik (r*_ik − 1)/(r_i(r_i − 1)); 0 for a unit with one score. */
    private double agreementOf(int i) {
        if (raters[i] < 2) {
            return 0;
        }
        double sum = 0;
        for (int k = 0; k < q; k++) {
            double weighted = 0;
            for (int l = 0; l < q; l++) {
                weighted += w[k][l] * counts[i][l];
            }
            sum += counts[i][k] * (weighted - 1);
        }
        return sum / (raters[i] * (raters[i] - 1));
    }

    AgreementEntry gwetAc(Coefficient coefficient) {
        double scale = Arrays.stream(w).flatMapToDouble(Arrays::stream).sum() / (q * (q - 1.0));
        double spread = 0;
        for (int k = 0; k < q; k++) {
            spread += pi[k] * (1 - pi[k]);
        }
        double[] peOfUnit = new double[units()];
        for (int i = 0; i < units(); i++) {
            for (int k = 0; k < q; k++) {
                peOfUnit[i] += scale * counts[i][k] * (1 - pi[k]) / raters[i];
            }
        }
        return chanceCorrected(coefficient, scale * spread, peOfUnit);
    }

    AgreementEntry fleissKappa(Coefficient coefficient) {
        double pe = 0;
        double[] symmetric = new double[q];
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                pe += w[k][l] * pi[k] * pi[l];
                symmetric[k] += (w[k][l] + w[l][k]) / 2 * pi[l];
            }
        }
        double[] peOfUnit = new double[units()];
        for (int i = 0; i < units(); i++) {
            for (int k = 0; k < q; k++) {
                peOfUnit[i] += counts[i][k] * symmetric[k] / raters[i];
            }
        }
        return chanceCorrected(coefficient, pe, peOfUnit);
    }

    private AgreementEntry chanceCorrected(Coefficient coefficient, double pe, double[] peOfUnit) {
        if (pe >= 1) {
            throw new NotDefinedException("chance agreement is 1");
        }
        double value = (pa - pe) / (1 - pe);
        int n = units();
        if (n < 2) {
            return AgreementEntry.of(coefficient, value, pairable, data.raterCount());
        }
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double own = (double) n / pairable * (agreementOf(i) - (raters[i] >= 2 ? pe : 0)) / (1 - pe);
            double linear = own - 2 * (1 - value) * (peOfUnit[i] - pe) / (1 - pe);
            squares += (linear - value) * (linear - value);
        }
        double se = Math.sqrt(squares / (n * (n - 1.0)));
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
        return AgreementEntry.of(coefficient, value, se, value - t * se, Math.min(1, value + t * se), pairable, data.raterCount());
    }

    /** Agreement weights over the sorted categories: identity, 1 − |a − b|/(max − min) or 1 − ((a − b)/(max − min))². */
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
