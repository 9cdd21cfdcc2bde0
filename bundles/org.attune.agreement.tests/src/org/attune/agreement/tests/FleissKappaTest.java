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
        // fleiss.kappa.raw(cac.raw4raters): pa 0.8181818, pe 0.2387153, kappa 0.76117, se 0.15302, CI (0.424, 1);
        // gwet.ac1.raw(cac.raw4raters): AC1 0.77544, se 0.14295, CI (0.461, 1). Printed to 5 decimals.
        AgreementReport report = Agreement.compute(PublishedData.krippendorff2011());
        AgreementEntry kappa = report.get(Coefficient.FLEISS_KAPPA);
        assertPublished(kappa, 0.76117, 0.15302, 0.424, 1.0, 0.000005);
        assertEquals((9.0 / 11 - 0.2387153) / (1 - 0.2387153), kappa.value(), 0.0000005);
        assertEquals(11, kappa.unitsUsed());
        assertPublished(report.get(Coefficient.GWET_AC1), 0.77544, 0.14295, 0.461, 1.0, 0.000005);
    }

    @Test
    void sixRatersFleiss1971() {
        // fleiss.kappa.dist(distrib.6raters): 0.4139265, stderr 0.08119291, CI (0.24, 0.588);
        // gwet.ac1.dist(distrib.6raters): 0.4448007, stderr 0.08418757, CI (0.264, 0.625). Printed to 7 decimals.
        AgreementReport report = Agreement.compute(PublishedData.sixRaters());
        assertPublished(report.get(Coefficient.FLEISS_KAPPA), 0.4139265, 0.08119291, 0.24, 0.588, 0.00000005);
        assertEquals(15, report.get(Coefficient.FLEISS_KAPPA).unitsUsed());
        assertPublished(report.get(Coefficient.GWET_AC1), 0.4448007, 0.08418757, 0.264, 0.625, 0.00000005);
    }

    /** Value and standard error to the printed precision, the interval's ends to irrCAC's 3 decimals. */
    private static void assertPublished(AgreementEntry e, double value, double se, double low, double high, double printed) {
        assertEquals(value, e.value(), printed, e.name());
        assertEquals(se, e.standardError(), printed, e.name() + " standard error");
        assertEquals(low, e.ciLow(), 0.0005, e.name() + " lower bound");
        assertEquals(high, e.ciHigh(), 0.0005, e.name() + " upper bound");
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
