package org.attune.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.attune.agreement.Agreement;
import org.attune.agreement.AgreementEntry;
import org.attune.agreement.Bootstrap;
import org.attune.agreement.Coefficient;
import org.attune.agreement.KalphaBootstrap;
import org.attune.agreement.RatingData;
import org.attune.agreement.RatingData.Rating;
import org.junit.jupiter.api.Test;

/**
 * Krippendorff's own bootstrap of alpha (Hayes &amp; Krippendorff 2007, KALPHA), beside the unit bootstrap: reproducible
 * for a seed, around alpha, narrower with more data, q monotone, and, for nominal data, exactly the distribution the
 * algorithm defines (its observed disagreement over M draws is binomial), within the Monte-Carlo error.
 */
class KalphaBootstrapTest {
    private static final EnumSet<Coefficient> ALPHAS = EnumSet.of(Coefficient.KRIPPENDORFF_ALPHA_NOMINAL,
            Coefficient.KRIPPENDORFF_ALPHA_ORDINAL, Coefficient.KRIPPENDORFF_ALPHA_INTERVAL);

    private static AgreementEntry boot(RatingData data, Coefficient c, int samples, long seed) {
        return Agreement.compute(data, EnumSet.of(c), new Bootstrap(samples, seed)).get(c);
    }

    @Test
    void reproducibleForASeedAndOnlyWhenAskedFor() {
        RatingData data = PublishedData.krippendorff2011();
        for (Coefficient c : ALPHAS) {
            assertNull(Agreement.compute(data, EnumSet.of(c)).get(c).kalpha(), "no bootstrap unless asked for");
            KalphaBootstrap first = boot(data, c, 2_000, 3).kalpha();
            assertNotNull(first, c.toString());
            assertEquals(first, boot(data, c, 2_000, 3).kalpha(), "the same seed, the same bootstrap");
            assertEquals(2_000, first.samples());
            assertEquals(KalphaBootstrap.MINIMA, first.q().stream().map(KalphaBootstrap.Failure::alphaMin).toList());
            assertTrue(first.ciLow() <= first.ciHigh() && first.ciLow() >= -1 && first.ciHigh() <= 1, first.toString());
        }
    }

    @Test
    void theIntervalHoldsAlphaAndNarrowsWithMoreData() {
        RatingData once = random(60, 3, 5, 0.7, 11);
        RatingData thrice = random(180, 3, 5, 0.7, 11);
        for (Coefficient c : ALPHAS) {
            AgreementEntry small = boot(once, c, 4_000, 1);
            AgreementEntry large = boot(thrice, c, 4_000, 1);
            for (AgreementEntry e : List.of(small, large)) {
                assertTrue(e.kalpha().ciLow() < e.value() && e.value() < e.kalpha().ciHigh(), c + ": " + e);
            }
            double ratio = width(large) / width(small);
            // Krippendorff's M grows with the pairable values (3 times here, below the cap 25·Q): width ~ 1/sqrt(M)
            assertTrue(ratio > 0.4 && ratio < 0.75, c + ": widths " + width(small) + " and " + width(large));
        }
    }

    @Test
    void qGrowsWithTheMinimumAlpha() {
        for (long seed = 1; seed <= 20; seed++) {
            RatingData data = random(25 + (int) seed, 2 + (int) (seed % 3), 4, 0.4 + seed * 0.02, seed);
            for (Coefficient c : ALPHAS) {
                KalphaBootstrap k = boot(data, c, 1_000, seed).kalpha();
                if (k == null) {
                    continue;
                }
                for (int i = 1; i < k.q().size(); i++) {
                    assertTrue(k.q().get(i - 1).q() >= k.q().get(i).q(), c + " seed " + seed + ": " + k);
                }
            }
        }
    }

    /**
     * Nominal data of two raters and two values: every draw is a disagreeing pair with probability D_o (the observed
     * disagreement), so a sample's alpha is 1 − B/(M·D_e) with B binomial(M, D_o): q(αmin) = P(B > M·D_e·(1 − αmin)).
     * The bootstrap's q's must match within four Monte-Carlo standard errors.
     */
    @Test
    void nominalQsFollowTheBinomialDistributionTheAlgorithmDefines() {
        // 100 units, two raters: 40 (1,1), 40 (2,2), 20 disagreements; o_12 = o_21 = 20, o_11 = o_22 = 80, n.. = 200
        List<Rating> rows = new ArrayList<>();
        for (int u = 0; u < 100; u++) {
            double a = u < 40 || u >= 80 && u < 90 ? 1 : 2;
            double b = u < 40 || u >= 90 ? 1 : 2;
            rows.add(new Rating("u" + u, "A", a));
            rows.add(new Rating("u" + u, "B", b));
        }
        RatingData data = RatingData.of(rows);
        int samples = 20_000;
        AgreementEntry e = boot(data, Coefficient.KRIPPENDORFF_ALPHA_NOMINAL, samples, 5);
        KalphaBootstrap k = e.kalpha();
        double n = 200;
        double observed = 40 / n;                                 // share of disagreeing pairs
        double expected = 2 * 100 * 100 / (n * (n - 1));          // D_e = Σ_{c≠k} n_c·n_k/(n(n−1))
        assertEquals(1 - observed / expected, e.value(), 1e-12, "alpha itself");
        int m = (int) Math.min(25 * 4, Math.round(n * (2 - 1) / 2)); // Q = 4 non-empty cells, m = 2 raters
        assertEquals(m, k.draws());
        BinomialDistribution disagreements = new BinomialDistribution(m, observed);
        for (KalphaBootstrap.Failure f : k.q()) {
            double limit = m * expected * (1 - f.alphaMin());        // alpha < min  <=>  B > limit
            double exact = 1 - disagreements.cumulativeProbability((int) Math.floor(limit + 1e-9));
            double error = Math.sqrt(exact * (1 - exact) / samples);
            assertEquals(exact, f.q(), 4 * error + 1e-9, "q(" + f.alphaMin() + ") of " + k);
        }
        // the interval's ends are the binomial's quantiles
        double low = 1 - disagreements.inverseCumulativeProbability(0.975) / (m * expected);
        double high = 1 - disagreements.inverseCumulativeProbability(0.025) / (m * expected);
        double step = 1 / (m * expected);
        assertEquals(low, k.ciLow(), step + 1e-9, k.toString());
        assertEquals(high, k.ciHigh(), step + 1e-9, k.toString());
    }

    private static double width(AgreementEntry e) {
        return e.kalpha().ciHigh() - e.kalpha().ciLow();
    }

    /** Units scored by raters on a 1..values scale: each score is the unit's true value with probability agreement. */
    private static RatingData random(int units, int raters, int values, double agreement, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Rating> rows = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            int truth = 1 + random.nextInt(values);
            for (int r = 0; r < raters; r++) {
                int score = random.nextDouble() < agreement ? truth : 1 + random.nextInt(values);
                rows.add(new Rating("unit " + u, "rater " + r, (double) score));
            }
        }
        return RatingData.of(rows);
    }
}
