package org.attune.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.attune.agreement.Agreement;
import org.attune.agreement.AgreementEntry;
import org.attune.agreement.AgreementReport;
import org.attune.agreement.Coefficient;
import org.attune.agreement.DuplicateRatingException;
import org.attune.agreement.RatingData;
import org.attune.agreement.RatingData.Rating;
import org.junit.jupiter.api.Test;

/** Building the matrix from tidy rows, and coefficients that have no value for the data. */
class RatingDataTest {

    @Test
    void rowsBecomeAUnitsByRatersMatrixWithMissingScores() {
        RatingData data = RatingData.of(List.of(
                new Rating("clip 1", "Ana", 4d), new Rating("clip 1", "Ben", null),
                new Rating("clip 2", "Ben", 3d), new Rating("clip 2", "Ana", 5d)));
        assertEquals(List.of("clip 1", "clip 2"), data.units());
        assertEquals(List.of("Ana", "Ben"), data.raters());
        assertEquals(4d, data.value(0, 0));
        assertNull(data.value(0, 1), "an N/A score is missing, not a value");
        assertEquals(3d, data.value(1, 1));
        assertEquals(5d, data.value(1, 0));
    }

    @Test
    void aSecondScoreForTheSameUnitAndRaterIsRefused() {
        DuplicateRatingException e = assertThrows(DuplicateRatingException.class, () -> RatingData.of(List.of(
                new Rating("clip 1", "Ana", 4d), new Rating("clip 2", "Ana", 4d), new Rating("clip 1", "Ana", null))));
        assertEquals(2, e.row());
        assertEquals("rater Ana scored unit clip 1 more than once", e.getMessage());
    }

    @Test
    void missingScoresAreNeverACategory() {
        // Unit 3 has one score only: it is not pairable, and an unscored value must not count as agreement.
        RatingData data = RatingData.of(List.of(
                new Rating("1", "A", 1d), new Rating("1", "B", 1d),
                new Rating("2", "A", 2d), new Rating("2", "B", 1d),
                new Rating("3", "A", null), new Rating("3", "B", 2d),
                new Rating("4", "A", null), new Rating("4", "B", null)));
        AgreementReport report = Agreement.compute(data);
        assertEquals(0.5, report.get(Coefficient.PERCENT_AGREEMENT).value(), 1e-12);
        assertEquals(2, report.get(Coefficient.PERCENT_AGREEMENT).unitsUsed());
        assertEquals(2, report.get(Coefficient.KRIPPENDORFF_ALPHA_NOMINAL).unitsUsed());
        assertEquals(2, report.get(Coefficient.COHEN_KAPPA).unitsUsed());
    }

    @Test
    void identicalScoresGiveReasonsNotNaN() {
        RatingData flat = RatingData.ofMatrix(new Double[][] {{2d, 2d}, {2d, 2d}, {2d, 2d}});
        AgreementReport report = Agreement.compute(flat);
        assertEquals(1.0, report.get(Coefficient.PERCENT_AGREEMENT).value());
        for (Coefficient c : List.of(Coefficient.COHEN_KAPPA, Coefficient.COHEN_KAPPA_QUADRATIC,
                Coefficient.KRIPPENDORFF_ALPHA_NOMINAL, Coefficient.KRIPPENDORFF_ALPHA_INTERVAL, Coefficient.GWET_AC1,
                Coefficient.GWET_AC2_LINEAR, Coefficient.ICC_3_1)) {
            AgreementEntry e = report.get(c);
            assertFalse(e.isDefined(), c.label());
            assertTrue(e.notDefined().startsWith("every score is the same"), c.label() + ": " + e.notDefined());
        }
    }

    @Test
    void oneRaterHasNothingToAgreeWith() {
        RatingData single = RatingData.ofMatrix(new Double[][] {{1d}, {2d}, {3d}});
        for (AgreementEntry e : Agreement.compute(single).entries()) {
            assertFalse(e.isDefined(), e.name() + " must not be defined for one rater");
        }
    }

    @Test
    void coefficientsAreFoundByTheirCommandLineNames() {
        assertEquals(Coefficient.ICC_2_K, Coefficient.byId("ICC2k").orElseThrow());
        assertEquals(Coefficient.GWET_AC2_QUADRATIC, Coefficient.byId("ac2-quadratic").orElseThrow());
        assertTrue(Coefficient.byId("fleiss").isEmpty());
    }
}
