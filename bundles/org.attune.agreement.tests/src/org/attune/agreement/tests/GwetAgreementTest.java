package org.attune.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.attune.agreement.Agreement;
import org.attune.agreement.AgreementReport;
import org.attune.agreement.Coefficient;
import org.junit.jupiter.api.Test;

/** Gwet's AC1/AC2 against the values printed by Gwet's own R package irrCAC (README, vignette "overview"). */
class GwetAgreementTest {
    private static final double EXACT = 1e-9;

    @Test
    void ac1WithFourRatersAndMissingScores() {
        // irrCAC: gwet.ac1.raw(cac.raw4raters) → pa 0.8181818, pe 0.1903212, AC1 0.77544 (Gwet 2014, p. 120 data).
        AgreementReport report = Agreement.compute(PublishedData.krippendorff2011());
        assertEquals(0.77544, report.get(Coefficient.GWET_AC1).value(), 0.000005);
        // By hand: p_a = 9/11 over the 11 units with 2+ scores; category shares π = (3.5, 3.5+1/3+1/4, ...)/12 give
        // p_e = Σ π_k(1 − π_k)/4 = 0.1903211805…; AC1 = (9/11 − p_e)/(1 − p_e) = 31825/41041.
        assertEquals(31825.0 / 41041, report.get(Coefficient.GWET_AC1).value(), EXACT);
        assertEquals(11, report.get(Coefficient.GWET_AC1).unitsUsed());
        // irrCAC's pa for the same data is our pairwise percent agreement.
        assertEquals(9.0 / 11, report.get(Coefficient.PERCENT_AGREEMENT).value(), EXACT);
    }

    @Test
    void ac2WithLinearAndQuadraticWeights() {
        // Gwet (2014) ch. 3 weights over the observed categories 1..5: linear 1 − |k − l|/4, quadratic 1 − (k − l)²/16.
        // By hand: linear p_a = 31/33, T_w = 15, p_e = 15·Σπ(1 − π)/20 → AC2 = 6225/7249;
        // quadratic p_a = 515/528, T_w = 17.5 → AC2 = 17685/19349.
        AgreementReport report = Agreement.compute(PublishedData.krippendorff2011());
        assertEquals(6225.0 / 7249, report.get(Coefficient.GWET_AC2_LINEAR).value(), EXACT);
        assertEquals(17685.0 / 19349, report.get(Coefficient.GWET_AC2_QUADRATIC).value(), EXACT);
    }

    @Test
    void ac1ForTwoRaters() {
        // irrCAC: gwet.ac1.table(cont3x3abstractors) → 0.8493305; by hand p_a = 0.89,
        // π = (0.13, 0.255, 0.615), p_e = Σπ(1 − π)/2 = 0.26955 → AC1 = 24803/29203.
        AgreementReport report = Agreement.compute(PublishedData.abstractors());
        assertEquals(0.8493305, report.get(Coefficient.GWET_AC1).value(), 0.00000005);
        assertEquals(24803.0 / 29203, report.get(Coefficient.GWET_AC1).value(), EXACT);
        assertEquals(100, report.get(Coefficient.GWET_AC1).unitsUsed());
        // Published: irrCAC's vignette "Weighted Chance-corrected Agreement Coefficients" (Gwet 2019),
        // gwet.ac1.table(cont3x3abstractors, weights = quadratic.weights(1:3)) → AC2 0.9402369.
        assertEquals(0.9402369, report.get(Coefficient.GWET_AC2_QUADRATIC).value(), 0.00000005);
    }
}
