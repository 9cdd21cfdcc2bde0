package org.attune.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.attune.agreement.Agreement;
import org.attune.agreement.AgreementEntry;
import org.attune.agreement.AgreementReport;
import org.attune.agreement.Coefficient;
import org.attune.agreement.RatingData;
import org.attune.agreement.RatingData.Rating;
import org.junit.jupiter.api.Test;

/** Krippendorff's alpha against Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C. */
class KrippendorffAlphaTest {
    private static final double EXACT = 1e-9;

    @Test
    void publishedExampleWithMissingData() {
        AgreementReport report = Agreement.compute(PublishedData.krippendorff2011());
        AgreementEntry nominal = report.get(Coefficient.KRIPPENDORFF_ALPHA_NOMINAL);
        AgreementEntry ordinal = report.get(Coefficient.KRIPPENDORFF_ALPHA_ORDINAL);
        AgreementEntry interval = report.get(Coefficient.KRIPPENDORFF_ALPHA_INTERVAL);
        // Published (rounded): nominal .743, ordinal .815, interval .849.
        assertEquals(0.743, nominal.value(), 0.0005);
        assertEquals(0.815, ordinal.value(), 0.0005);
        assertEquals(0.849, interval.value(), 0.0005);
        // Exact, from the coincidence matrix by hand (n = 40 pairable values, n_1..n_5 = 9, 13, 10, 5, 3; unit 12
        // has a single value and drops out): nominal 1 − (n − 1)·Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k = 1 − 39·8/1216
        // = 113/152; interval 1 − D_o/D_e = 1 − (13/30)/(112/39) = 951/1120 (Krippendorff prints D_o = .433,
        // D_e = 2.872); ordinal, the same with the rank metric (Σ_{g=c..k} n_g − (n_c + n_k)/2)², 108577/133160.
        assertEquals(113.0 / 152, nominal.value(), EXACT);
        assertEquals(108577.0 / 133160, ordinal.value(), EXACT);
        assertEquals(951.0 / 1120, interval.value(), EXACT);
        // 11 pairable units of 12; all 4 observers contribute.
        assertEquals(11, nominal.unitsUsed());
        assertEquals(4, nominal.raters());
        assertEquals(11, interval.unitsUsed());
    }

    @Test
    void ordinalAlphaDependsOnlyOnTheOrderOfScores() {
        // A monotone, non-linear rescoring to decimals (1 → 0.5, 2 → 2.25, ...) must leave ordinal alpha unchanged
        // and nominal alpha too, while interval alpha changes.
        RatingData original = PublishedData.krippendorff2011();
        RatingData rescored = transform(original, v -> v * v / 2 + 0.25 * v);
        assertEquals(Agreement.compute(original).get(Coefficient.KRIPPENDORFF_ALPHA_ORDINAL).value(),
                Agreement.compute(rescored).get(Coefficient.KRIPPENDORFF_ALPHA_ORDINAL).value(), EXACT);
        assertEquals(113.0 / 152, Agreement.compute(rescored).get(Coefficient.KRIPPENDORFF_ALPHA_NOMINAL).value(), EXACT);
        double interval = Agreement.compute(rescored).get(Coefficient.KRIPPENDORFF_ALPHA_INTERVAL).value();
        assertEquals(false, Math.abs(interval - 951.0 / 1120) < 1e-3, "interval alpha uses the size of differences");
    }

    @Test
    void intervalAlphaIgnoresALinearChangeOfScale() {
        RatingData shifted = transform(PublishedData.krippendorff2011(), v -> 10 * v - 3);
        assertEquals(951.0 / 1120, Agreement.compute(shifted).get(Coefficient.KRIPPENDORFF_ALPHA_INTERVAL).value(), EXACT);
    }

    static RatingData transform(RatingData data, DoubleUnaryOperator f) {
        List<Rating> rows = new ArrayList<>();
        for (int u = 0; u < data.unitCount(); u++) {
            for (int r = 0; r < data.raterCount(); r++) {
                Double v = data.value(u, r);
                rows.add(new Rating(data.units().get(u), data.raters().get(r), v == null ? null : f.applyAsDouble(v)));
            }
        }
        return RatingData.of(rows);
    }
}
