package org.attune.agreement;

import org.apache.commons.math3.distribution.FDistribution;

/**
 * The six intraclass correlations of Shrout and Fleiss (1979) from a two-way ANOVA of the units every rater
 * scored (complete cases), with 95% confidence intervals from the F distribution (their equations; the
 * ICC(2,1) interval uses Satterthwaite's degrees of freedom, the k-rater intervals the Spearman-Brown form
 * of the single-rater bounds as in McGraw and Wong 1996).
 */
final class IntraclassCorrelation {
    private static final double ALPHA = 0.05;

    /** Mean squares of the two-way ANOVA: between units (BMS), within units (WMS), raters (JMS), error (EMS). */
    record MeanSquares(int n, int k, double bms, double wms, double jms, double ems) {
    }

    private IntraclassCorrelation() {
    }

    static AgreementEntry compute(Coefficient coefficient, RatingData data) {
        double[][] x = data.completeUnits();
        int k = data.raterCount();
        if (k < 2) {
            throw new NotDefinedException("needs at least 2 raters, the data have " + k);
        }
        if (x.length < 2) {
            throw new NotDefinedException("needs at least 2 units scored by all " + k + " raters, the data have " + x.length);
        }
        MeanSquares ms = meanSquares(x);
        if (ms.bms() == 0 && ms.wms() == 0) {
            throw new NotDefinedException("every score is the same, so there is no variance to apportion");
        }
        double[] estimate = switch (coefficient) {
            case ICC_1_1 -> icc1(ms, false);
            case ICC_1_K -> icc1(ms, true);
            case ICC_2_1 -> icc2(ms, false);
            case ICC_2_K -> icc2(ms, true);
            case ICC_3_1 -> icc3(ms, false);
            case ICC_3_K -> icc3(ms, true);
            default -> throw new IllegalArgumentException(coefficient + " is not an ICC");
        };
        if (!Double.isFinite(estimate[0])) {
            throw new NotDefinedException("the mean squares leave it undefined (a division by 0: no variance between units)");
        }
        if (Double.isFinite(estimate[1]) && Double.isFinite(estimate[2])) {
            return AgreementEntry.of(coefficient, estimate[0], estimate[1], estimate[2], x.length, k);
        }
        return AgreementEntry.of(coefficient, estimate[0], x.length, k);
    }

    static MeanSquares meanSquares(double[][] x) {
        int n = x.length;
        int k = x[0].length;
        double grand = 0;
        for (double[] row : x) {
            for (double v : row) {
                grand += v;
            }
        }
        grand /= n * k;
        double ssTotal = 0;
        double ssUnits = 0;
        double ssRaters = 0;
        for (double[] row : x) {
            double mean = 0;
            for (double v : row) {
                mean += v;
                ssTotal += (v - grand) * (v - grand);
            }
            mean /= k;
            ssUnits += k * (mean - grand) * (mean - grand);
        }
        for (int j = 0; j < k; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j];
            }
            mean /= n;
            ssRaters += n * (mean - grand) * (mean - grand);
        }
        double ssError = ssTotal - ssUnits - ssRaters;
        return new MeanSquares(n, k, ssUnits / (n - 1), (ssTotal - ssUnits) / (n * (k - 1.0)),
                ssRaters / (k - 1), ssError / ((n - 1.0) * (k - 1)));
    }

    /** One-way random model: {value, low, high}. */
    private static double[] icc1(MeanSquares m, boolean average) {
        return againstError(m, m.wms(), m.n() * (m.k() - 1.0), average);
    }

    /** Two-way random model, absolute agreement. */
    private static double[] icc2(MeanSquares m, boolean average) {
        int n = m.n();
        int k = m.k();
        double rho = (m.bms() - m.ems()) / (m.bms() + (k - 1) * m.ems() + k * (m.jms() - m.ems()) / n);
        double fj = m.jms() / m.ems();
        double c = n * (1 + (k - 1) * rho) - k * rho;
        double v = (k - 1.0) * (n - 1) * Math.pow(k * rho * fj + c, 2)
                / ((n - 1.0) * k * k * rho * rho * fj * fj + c * c);
        double fStar = upperQuantile(n - 1, v);
        double fStar2 = upperQuantile(v, n - 1);
        double spread = k * m.jms() + (k * n - k - n) * m.ems();
        double low = n * (m.bms() - fStar * m.ems()) / (fStar * spread + n * m.bms());
        double high = n * (fStar2 * m.bms() - m.ems()) / (spread + n * fStar2 * m.bms());
        if (average) {
            return new double[] {(m.bms() - m.ems()) / (m.bms() + (m.jms() - m.ems()) / n),
                    spearmanBrown(low, k), spearmanBrown(high, k)};
        }
        return new double[] {rho, low, high};
    }

    /** Two-way mixed model, consistency. */
    private static double[] icc3(MeanSquares m, boolean average) {
        return againstError(m, m.ems(), (m.n() - 1.0) * (m.k() - 1), average);
    }

    /**
     * ICC(1) and ICC(3) alike: the between-targets mean square against an error mean square ({@code errorMs}, with
     * {@code df2} degrees of freedom), the interval from the F distribution; {value, low, high}.
     */
    private static double[] againstError(MeanSquares m, double errorMs, double df2, boolean average) {
        double f = m.bms() / errorMs;
        double df1 = m.n() - 1;
        double fLow = f / upperQuantile(df1, df2);
        double fHigh = f * upperQuantile(df2, df1);
        if (average) {
            return new double[] {(m.bms() - errorMs) / m.bms(), 1 - 1 / fLow, 1 - 1 / fHigh};
        }
        return new double[] {(m.bms() - errorMs) / (m.bms() + (m.k() - 1) * errorMs),
                (fLow - 1) / (fLow + m.k() - 1), (fHigh - 1) / (fHigh + m.k() - 1)};
    }

    private static double spearmanBrown(double single, int k) {
        return k * single / (1 + (k - 1) * single);
    }

    /** The F value exceeded with probability α/2. */
    private static double upperQuantile(double df1, double df2) {
        if (!(df1 > 0 && df2 > 0) || !Double.isFinite(df1) || !Double.isFinite(df2)) {
            return Double.NaN;
        }
        return new FDistribution(df1, df2).inverseCumulativeProbability(1 - ALPHA / 2);
    }
}
