package org.attune.agreement;

/**
 * Pairwise percent agreement: for every unit with at least two scores, the share of rater pairs whose scores
 * differ by at most the tolerance (0 for exact, 1 for within-one), averaged over those units. With two
 * raters this is the familiar share of units on which they agree; with more it is Gwet's (2014) p_a.
 */
final class PercentAgreement {
    /** Scores closer than this count as equal (guards against decimal scores such as 2.1 vs 3.1). */
    private static final double ROUNDING = 1e-9;

    private PercentAgreement() {
    }

    static AgreementEntry compute(Coefficient coefficient, RatingData data, double tolerance) {
        double sum = 0;
        int units = 0;
        for (int u = 0; u < data.unitCount(); u++) {
            double[] scores = data.scoresOf(u);
            if (scores.length < 2) {
                continue;
            }
            int agreeing = 0;
            int pairs = 0;
            for (int a = 0; a < scores.length; a++) {
                for (int b = a + 1; b < scores.length; b++) {
                    pairs++;
                    if (Math.abs(scores[a] - scores[b]) <= tolerance + ROUNDING) {
                        agreeing++;
                    }
                }
            }
            sum += (double) agreeing / pairs;
            units++;
        }
        if (units == 0) {
            throw new NotDefinedException("no unit has scores from two raters");
        }
        return AgreementEntry.of(coefficient, sum / units, units, data.raterCount());
    }
}
