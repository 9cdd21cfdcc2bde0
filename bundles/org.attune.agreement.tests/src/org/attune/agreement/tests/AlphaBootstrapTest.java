package org.attune.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.attune.agreement.Agreement;
import org.attune.agreement.AgreementEntry;
import org.attune.agreement.AgreementReport;
import org.attune.agreement.Bootstrap;
import org.attune.agreement.Coefficient;
import org.attune.agreement.RatingData;
import org.attune.agreement.RatingData.Rating;
import org.junit.jupiter.api.Test;

/**
 * The bootstrapped interval of Krippendorff's alpha (resampling the pairable units) on Krippendorff's (2011) data:
 * reproducible for a seed, around alpha, narrower with more units, and close to a published bootstrap of the same data.
 */
class AlphaBootstrapTest {
    private static final EnumSet<Coefficient> ALPHAS = EnumSet.of(Coefficient.KRIPPENDORFF_ALPHA_NOMINAL,
            Coefficient.KRIPPENDORFF_ALPHA_ORDINAL, Coefficient.KRIPPENDORFF_ALPHA_INTERVAL);

    private static AgreementReport boot(RatingData data, int samples, long seed) {
        return Agreement.compute(data, ALPHAS, new Bootstrap(samples, seed));
    }

    @Test
    void theSameSeedGivesTheSameIntervalAndTheIntervalHoldsAlpha() {
        RatingData data = PublishedData.krippendorff2011();
        AgreementReport plain = Agreement.compute(data, ALPHAS);
        AgreementReport first = boot(data, 1_000, 7);
        AgreementReport again = boot(data, 1_000, 7);
        AgreementReport other = boot(data, 1_000, 8);
        for (Coefficient c : ALPHAS) {
            AgreementEntry e = first.get(c);
            assertNull(plain.get(c).ciLow(), "no interval unless asked for");
            assertEquals(plain.get(c).value(), e.value(), 0, "the bootstrap leaves alpha itself alone");
            assertEquals(e, again.get(c), "reproducible for a seed");
            assertNotEquals(e.ciLow(), other.get(c).ciLow(), "another seed, other resamples");
            assertTrue(e.ciLow() < e.value() && e.value() <= e.ciHigh() && e.ciHigh() <= 1, c + ": " + e);
            assertTrue(e.standardError() > 0.02 && e.standardError() < 0.3, c + ": " + e);
        }
    }

    @Test
    void moreUnitsNarrowTheInterval() {
        RatingData once = PublishedData.krippendorff2011();
        RatingData fourTimes = repeated(once, 4);
        for (Coefficient c : ALPHAS) {
            AgreementEntry small = boot(once, 2_000, 1).get(c);
            AgreementEntry large = boot(fourTimes, 2_000, 1).get(c);
            double ratio = (large.ciHigh() - large.ciLow()) / (small.ciHigh() - small.ciLow());
            // the width of a bootstrap interval shrinks as 1/sqrt(n): about 1/2 for four times the units
            assertTrue(ratio > 0.3 && ratio < 0.75, c + ": widths " + small + " and " + large);
        }
    }

    /**
     * A published unit bootstrap of the same data ("C data from Krippendorff" in R irr, ordinal, R boot with 1,000
     * resamples of the 12 units, percentile interval): 95% (0.4297, 1.0000). A random interval: ours must lie near it.
     */
    @Test
    void closeToAPublishedBootstrapOfTheSameData() {
        AgreementEntry ordinal = boot(PublishedData.krippendorff2011(), 10_000, 1).get(Coefficient.KRIPPENDORFF_ALPHA_ORDINAL);
        assertEquals(0.4297, ordinal.ciLow(), 0.08, ordinal.toString());
        assertEquals(1.0, ordinal.ciHigh(), 0.01, ordinal.toString());
    }

    @Test
    void tooFewSamplesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(10, 1));
    }

    private static RatingData repeated(RatingData data, int times) {
        List<Rating> rows = new ArrayList<>();
        for (int t = 0; t < times; t++) {
            for (int u = 0; u < data.unitCount(); u++) {
                for (int r = 0; r < data.raterCount(); r++) {
                    rows.add(new Rating(data.units().get(u) + " #" + t, data.raters().get(r), data.value(u, r)));
                }
            }
        }
        return RatingData.of(rows);
    }
}
