package org.attune.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.attune.agreement.Agreement;
import org.attune.agreement.AgreementEntry;
import org.attune.agreement.AgreementReport;
import org.attune.agreement.Coefficient;
import org.attune.agreement.RatingData;
import org.attune.agreement.RatingData.Rating;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Fleiss' generalized kappa and the standard errors and 95% intervals of Gwet's AC1 and Fleiss' kappa, against
 * the values Gwet's R package irrCAC prints in its README (kgwet/irrCAC).
 */
class FleissKappaTest {
    @Test
    void fourRatersWithMissingScores() {
        // fleiss.kappa.raw(cac.raw4raters): pa 0.8181818, pe 0.2387153, kappa 0.76117, se 0.15302, CI (0.424, 1).
        AgreementReport report = Agreement.compute(PublishedData.krippendorff2011());
        AgreementEntry kappa = report.get(Coefficient.FLEISS_KAPPA);
        assertEquals(0.76117, kappa.value(), 0.000005);
        assertEquals((9.0 / 11 - 0.2387153) / (1 - 0.2387153), kappa.value(), 0.0000005);
        assertEquals(0.15302, kappa.standardError(), 0.000005);
        assertEquals(0.424, kappa.ciLow(), 0.0005);
        assertEquals(1.0, kappa.ciHigh(), 0);
        assertEquals(11, kappa.unitsUsed());
        // gwet.ac1.raw(cac.raw4raters): AC1 0.77544, se 0.14295, CI (0.461, 1).
        AgreementEntry ac1 = report.get(Coefficient.GWET_AC1);
        assertEquals(0.14295, ac1.standardError(), 0.000005);
        assertEquals(0.461, ac1.ciLow(), 0.0005);
        assertEquals(1.0, ac1.ciHigh(), 0);
    }

    @Test
    void sixRatersFleiss1971() {
        // fleiss.kappa.dist(distrib.6raters): 0.4139265, stderr 0.08119291, CI (0.24, 0.588);
        // gwet.ac1.dist(distrib.6raters): 0.4448007, stderr 0.08418757, CI (0.264, 0.625).
        AgreementReport report = Agreement.compute(PublishedData.sixRaters());
        AgreementEntry kappa = report.get(Coefficient.FLEISS_KAPPA);
        assertEquals(0.4139265, kappa.value(), 0.00000005);
        assertEquals(0.08119291, kappa.standardError(), 0.000000005);
        assertEquals(0.24, kappa.ciLow(), 0.0005);
        assertEquals(0.588, kappa.ciHigh(), 0.0005);
        assertEquals(15, kappa.unitsUsed());
        AgreementEntry ac1 = report.get(Coefficient.GWET_AC1);
        assertEquals(0.4448007, ac1.value(), 0.00000005);
        assertEquals(0.08418757, ac1.standardError(), 0.000000005);
        assertEquals(0.264, ac1.ciLow(), 0.0005);
        assertEquals(0.625, ac1.ciHigh(), 0.0005);
    }

    @Test
    void sameScoreEverywhereIsNotDefined() {
        RatingData same = RatingData.of(List.of(new Rating("a", "x", 2d), new Rating("a", "y", 2d), new Rating("b", "x", 2d),
                new Rating("b", "y", 2d)));
        AgreementEntry kappa = Agreement.compute(same).get(Coefficient.FLEISS_KAPPA);
        assertFalse(kappa.isDefined());
        assertEquals("every score is the same, so chance agreement is undefined", kappa.notDefined());
    }
}
