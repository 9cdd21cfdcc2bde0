package org.attune.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.FDistribution;
import org.attune.agreement.Agreement;
import org.attune.agreement.AgreementEntry;
import org.attune.agreement.AgreementReport;
import org.attune.agreement.Coefficient;
import org.attune.agreement.RatingData;
import org.attune.agreement.RatingData.Rating;
import org.junit.jupiter.api.Test;

/** ICCs against Shrout and Fleiss (1979), Table 2 data (6 targets × 4 judges) and their Table 4 results. */
class IntraclassCorrelationTest {
    private static final double EXACT = 1e-9;

    // Mean squares by hand (their Table 3 rounds them to 11.24, 6.26, 32.49, 1.02):
    // BMS = 1349/120, WMS = 451/72, JMS = 2339/72, EMS = 367/360.
    private static final double BMS = 1349.0 / 120;
    private static final double WMS = 451.0 / 72;
    private static final double EMS = 367.0 / 360;

    @Test
    void sixCoefficientsAsPublished() {
        AgreementReport report = Agreement.compute(PublishedData.shroutFleiss1979());
        // Published (two decimals): ICC(1,1) .17, (2,1) .29, (3,1) .71, (1,4) .44, (2,4) .62, (3,4) .91.
        assertEquals(0.17, value(report, Coefficient.ICC_1_1), 0.005);
        assertEquals(0.29, value(report, Coefficient.ICC_2_1), 0.005);
        assertEquals(0.71, value(report, Coefficient.ICC_3_1), 0.005);
        assertEquals(0.44, value(report, Coefficient.ICC_1_K), 0.005);
        assertEquals(0.62, value(report, Coefficient.ICC_2_K), 0.005);
        assertEquals(0.91, value(report, Coefficient.ICC_3_K), 0.005);
        // Exact from the mean squares (n = 6, k = 4), as R's irr::icc and psych::ICC compute them:
        // (1,1) = (BMS − WMS)/(BMS + 3·WMS) = 448/2703; (2,1) = (BMS − EMS)/(BMS + 3·EMS + 4(JMS − EMS)/6) = 184/635;
        // (3,1) = (BMS − EMS)/(BMS + 3·EMS) = 920/1287; (1,k) = (BMS − WMS)/BMS = 1792/4047;
        // (2,k) = (BMS − EMS)/(BMS + (JMS − EMS)/6) = 736/1187; (3,k) = (BMS − EMS)/BMS = 3680/4047.
        assertEquals(448.0 / 2703, value(report, Coefficient.ICC_1_1), EXACT);
        assertEquals(184.0 / 635, value(report, Coefficient.ICC_2_1), EXACT);
        assertEquals(920.0 / 1287, value(report, Coefficient.ICC_3_1), EXACT);
        assertEquals(1792.0 / 4047, value(report, Coefficient.ICC_1_K), EXACT);
        assertEquals(736.0 / 1187, value(report, Coefficient.ICC_2_K), EXACT);
        assertEquals(3680.0 / 4047, value(report, Coefficient.ICC_3_K), EXACT);
        assertEquals(6, report.get(Coefficient.ICC_2_1).unitsUsed());
        assertEquals(4, report.get(Coefficient.ICC_2_1).raters());
    }

    @Test
    void confidenceIntervals() {
        AgreementReport report = Agreement.compute(PublishedData.shroutFleiss1979());
        for (Coefficient c : List.of(Coefficient.ICC_1_1, Coefficient.ICC_2_1, Coefficient.ICC_3_1, Coefficient.ICC_1_K,
                Coefficient.ICC_2_K, Coefficient.ICC_3_K)) {
            AgreementEntry e = report.get(c);
            assertTrue(e.hasInterval(), c.label());
            assertTrue(e.ciLow() < e.value() && e.value() < e.ciHigh(), c.label());
        }
        // R psych::ICC on the same data (its documented example, Shrout & Fleiss data set "sf") prints the bounds
        // ICC1 [-0.133, 0.72], ICC2 [0.019, 0.76], ICC3 [0.342, 0.95], ICC1k [-0.884, 0.91], ICC2k [0.071, 0.93],
        // ICC3k [0.676, 0.99].
        assertInterval(report, Coefficient.ICC_1_1, -0.133, 0.0005, 0.72, 0.005);
        assertInterval(report, Coefficient.ICC_2_1, 0.019, 0.0005, 0.76, 0.005);
        assertInterval(report, Coefficient.ICC_3_1, 0.342, 0.0005, 0.95, 0.005);
        assertInterval(report, Coefficient.ICC_1_K, -0.884, 0.0005, 0.91, 0.005);
        assertInterval(report, Coefficient.ICC_2_K, 0.071, 0.0005, 0.93, 0.005);
        assertInterval(report, Coefficient.ICC_3_K, 0.676, 0.0005, 0.99, 0.005);
        // The ICC(1,1) and ICC(3,1) bounds invert the F test (Shrout & Fleiss eqs. 6 and 13): at the lower bound L,
        // F_obs / ((1 + 3L)/(1 − L)) is the upper 2.5% point of F(5, 18) resp. F(5, 15).
        AgreementEntry icc1 = report.get(Coefficient.ICC_1_1);
        assertEquals(0.975, new FDistribution(5, 18).cumulativeProbability(
                (BMS / WMS) / ((1 + 3 * icc1.ciLow()) / (1 - icc1.ciLow()))), EXACT);
        AgreementEntry icc3 = report.get(Coefficient.ICC_3_1);
        assertEquals(0.975, new FDistribution(5, 15).cumulativeProbability(
                (BMS / EMS) / ((1 + 3 * icc3.ciLow()) / (1 - icc3.ciLow()))), EXACT);
        // ... and the upper bound U: ((1 + 3U)/(1 − U)) / F_obs is the upper 2.5% point of F(18, 5) resp. F(15, 5).
        assertEquals(0.975, new FDistribution(15, 5).cumulativeProbability(
                ((1 + 3 * icc3.ciHigh()) / (1 - icc3.ciHigh())) / (BMS / EMS)), EXACT);
        // The k-rater intervals are the Spearman-Brown step-up of the single-rater ones.
        AgreementEntry icc3k = report.get(Coefficient.ICC_3_K);
        assertEquals(4 * icc3.ciLow() / (1 + 3 * icc3.ciLow()), icc3k.ciLow(), EXACT);
        assertEquals(4 * icc3.ciHigh() / (1 + 3 * icc3.ciHigh()), icc3k.ciHigh(), EXACT);
    }

    @Test
    void usesOnlyUnitsEveryRaterScored() {
        List<Rating> rows = new ArrayList<>();
        RatingData published = PublishedData.shroutFleiss1979();
        for (int u = 0; u < published.unitCount(); u++) {
            for (int r = 0; r < published.raterCount(); r++) {
                rows.add(new Rating(published.units().get(u), published.raters().get(r), published.value(u, r)));
            }
        }
        rows.add(new Rating("unit 7", "rater 1", 3d));
        rows.add(new Rating("unit 7", "rater 2", null));
        rows.add(new Rating("unit 7", "rater 3", 9d));
        AgreementEntry icc = Agreement.compute(RatingData.of(rows)).get(Coefficient.ICC_2_1);
        assertEquals(184.0 / 635, icc.value(), EXACT);
        assertEquals(6, icc.unitsUsed());
    }

    @Test
    void identicalScoresLeaveTheIccUndefined() {
        RatingData flat = RatingData.ofMatrix(new Double[][] {{3d, 3d}, {3d, 3d}, {3d, 3d}});
        AgreementEntry icc = Agreement.compute(flat).get(Coefficient.ICC_1_1);
        assertFalse(icc.isDefined());
        assertEquals("every score is the same, so there is no variance to apportion", icc.notDefined());
    }

    @Test
    void noVarianceBetweenUnitsLeavesTheAverageFormsUndefined() {
        // Every unit gets 1 from one rater and 2 from the other: BMS = 0, WMS = 1/2.
        RatingData data = RatingData.ofMatrix(new Double[][] {{1d, 2d}, {1d, 2d}, {1d, 2d}});
        AgreementReport report = Agreement.compute(data);
        assertEquals(-1.0, report.get(Coefficient.ICC_1_1).value(), EXACT, "(0 − WMS)/(0 + WMS)");
        AgreementEntry average = report.get(Coefficient.ICC_1_K);
        assertFalse(average.isDefined());
        assertTrue(average.notDefined().contains("no variance between units"), average.notDefined());
    }

    private static void assertInterval(AgreementReport report, Coefficient c, double low, double lowTolerance,
            double high, double highTolerance) {
        assertEquals(low, report.get(c).ciLow(), lowTolerance, c.label() + " lower bound");
        assertEquals(high, report.get(c).ciHigh(), highTolerance, c.label() + " upper bound");
    }

    private static double value(AgreementReport report, Coefficient c) {
        return report.get(c).value();
    }
}
