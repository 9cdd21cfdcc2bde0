package org.attune.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.attune.agreement.Agreement;
import org.attune.agreement.AgreementEntry;
import org.attune.agreement.AgreementReport;
import org.attune.agreement.Coefficient;
import org.attune.agreement.RatingData;
import org.attune.agreement.RatingData.Rating;
import org.junit.jupiter.api.Test;

/** Cohen's kappa, unweighted and weighted, against published two-rater tables. */
class CohenKappaTest {
    private static final double EXACT = 1e-9;

    @Test
    void abstractorsTable() {
        // irrCAC: kappa2.table(cont3x3abstractors) → 0.7964094; pa2.table → 0.89.
        // By hand: p_o = 0.89, p_e = (.13·.13 + .27·.24 + .60·.63) = 0.4597 → κ = 0.4303/0.5403 = 4303/5403.
        AgreementReport report = Agreement.compute(PublishedData.abstractors());
        AgreementEntry kappa = report.get(Coefficient.COHEN_KAPPA);
        assertEquals(0.7964094, kappa.value(), 0.00000005);
        assertEquals(4303.0 / 5403, kappa.value(), EXACT);
        assertEquals(100, kappa.unitsUsed());
        assertEquals(2, kappa.raters());
        // irrCAC kappa2.table: se 0.05891072, 95% interval (0.68, 0.913).
        assertEquals(0.05891072, kappa.standardError(), 0.000000005);
        assertEquals(0.68, kappa.ciLow(), 0.0005);
        assertEquals(0.913, kappa.ciHigh(), 0.0005);
        // Cohen (1968) with disagreement weights |i − j| and (i − j)²: 1 − Σ p_ij v_ij / Σ p_i. p_.j v_ij.
        // Linear: observed 0.11, expected 0.7002 → 1 − 0.11/0.7002 = 2951/3501;
        // quadratic: observed 0.11, expected 1.02 → 1 − 0.11/1.02 = 91/102.
        assertEquals(2951.0 / 3501, report.get(Coefficient.COHEN_KAPPA_LINEAR).value(), EXACT);
        assertEquals(91.0 / 102, report.get(Coefficient.COHEN_KAPPA_QUADRATIC).value(), EXACT);
        // Published: irrCAC's vignette "Weighted Chance-corrected Agreement Coefficients" (Gwet 2019),
        // kappa2.table(cont3x3abstractors, weights = quadratic.weights(1:3)) → 0.8921569.
        assertEquals(0.8921569, report.get(Coefficient.COHEN_KAPPA_QUADRATIC).value(), 0.00000005);
        assertEquals(0.89, report.get(Coefficient.PERCENT_AGREEMENT).value(), EXACT);
        assertEquals(1.0, report.get(Coefficient.WITHIN_ONE_AGREEMENT).value(), EXACT);
    }

    @Test
    void skinConditionTable() {
        // SAS/STAT PROC FREQ "Agreement Study": simple kappa 0.3449. By hand: p_o = 45/88,
        // p_e = (15·17 + 29·20 + 23·31 + 21·20)/88² = 1968/7744 → κ = 249/722.
        AgreementReport report = Agreement.compute(PublishedData.skinCondition());
        assertEquals(0.3449, report.get(Coefficient.COHEN_KAPPA).value(), 0.00005);
        assertEquals(249.0 / 722, report.get(Coefficient.COHEN_KAPPA).value(), EXACT);
        // SAS prints the asymptotic standard error of Fleiss, Cohen & Everitt (1969): ASE 0.0724.
        assertEquals(0.0724, report.get(Coefficient.COHEN_KAPPA).standardError(), 0.00005);
        // Linear (Cicchetti-Allison) and quadratic (Fleiss-Cohen) weights, by hand from the table: 2273/4473, 1371/2075.
        assertEquals(2273.0 / 4473, report.get(Coefficient.COHEN_KAPPA_LINEAR).value(), EXACT);
        assertEquals(1371.0 / 2075, report.get(Coefficient.COHEN_KAPPA_QUADRATIC).value(), EXACT);
        assertEquals(45.0 / 88, report.get(Coefficient.PERCENT_AGREEMENT).value(), EXACT);
        assertEquals(81.0 / 88, report.get(Coefficient.WITHIN_ONE_AGREEMENT).value(), EXACT);
    }

    @Test
    void quadraticKappaEqualsTheMomentFormula() {
        // Fleiss & Cohen (1973): quadratic-weighted kappa = 2·s12 / (s1² + s2² + (m1 − m2)²), moments over n.
        RatingData data = PublishedData.skinCondition();
        int n = data.unitCount();
        double m1 = 0, m2 = 0;
        for (int u = 0; u < n; u++) {
            m1 += data.value(u, 0) / n;
            m2 += data.value(u, 1) / n;
        }
        double s11 = 0, s22 = 0, s12 = 0;
        for (int u = 0; u < n; u++) {
            double a = data.value(u, 0) - m1;
            double b = data.value(u, 1) - m2;
            s11 += a * a / n;
            s22 += b * b / n;
            s12 += a * b / n;
        }
        double moments = 2 * s12 / (s11 + s22 + (m1 - m2) * (m1 - m2));
        assertEquals(moments, Agreement.compute(data).get(Coefficient.COHEN_KAPPA_QUADRATIC).value(), EXACT);
    }

    @Test
    void usesOnlyUnitsBothRatersScored() {
        // The abstractors table plus three units that only one rater scored: kappa and its units are unchanged.
        List<Rating> rows = new java.util.ArrayList<>();
        RatingData table = PublishedData.abstractors();
        for (int u = 0; u < table.unitCount(); u++) {
            rows.add(new Rating(table.units().get(u), "rater 1", table.value(u, 0)));
            rows.add(new Rating(table.units().get(u), "rater 2", table.value(u, 1)));
        }
        rows.add(new Rating("extra 1", "rater 1", 3d));
        rows.add(new Rating("extra 1", "rater 2", null));
        rows.add(new Rating("extra 2", "rater 2", 1d));
        rows.add(new Rating("extra 3", "rater 1", null));
        AgreementEntry kappa = Agreement.compute(RatingData.of(rows)).get(Coefficient.COHEN_KAPPA);
        assertEquals(4303.0 / 5403, kappa.value(), EXACT);
        assertEquals(100, kappa.unitsUsed());
    }

    @Test
    void kappaNeedsExactlyTwoRaters() {
        AgreementEntry kappa = Agreement.compute(PublishedData.shroutFleiss1979()).get(Coefficient.COHEN_KAPPA);
        assertFalse(kappa.isDefined());
        assertTrue(Double.isNaN(kappa.value()));
        assertEquals("needs exactly 2 raters, the data have 4", kappa.notDefined());
    }
}
