package org.attune.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

import org.dkpro.statistics.agreement.InsufficientDataException;

/**
 * Computes inter-rater agreement coefficients for a {@link RatingData}. A coefficient that has no value for
 * the data (wrong number of raters, no variation, too few units) is reported as not defined with the
 * reason, never as NaN in a table or as a failure of the whole report. Formulas: docs/agreement.md.
 */
public final class Agreement {
    private Agreement() {
    }

    /** Every coefficient. */
    public static AgreementReport compute(RatingData data) {
        return compute(data, EnumSet.allOf(Coefficient.class));
    }

    /** The given coefficients, in {@link Coefficient} order. */
    public static AgreementReport compute(RatingData data, Collection<Coefficient> coefficients) {
        return compute(data, coefficients, null);
    }

    /**
     * The given coefficients, Krippendorff's alphas with a bootstrapped 95% interval and standard error when
     * {@code bootstrap} is given (null: no interval for alpha).
     */
    public static AgreementReport compute(RatingData data, Collection<Coefficient> coefficients, Bootstrap bootstrap) {
        List<AgreementEntry> entries = new ArrayList<>();
        for (Coefficient c : EnumSet.copyOf(coefficients)) {
            AgreementEntry entry = entry(c, data);
            KrippendorffAlpha.Level level = switch (c) {
                case KRIPPENDORFF_ALPHA_NOMINAL -> KrippendorffAlpha.Level.NOMINAL;
                case KRIPPENDORFF_ALPHA_ORDINAL -> KrippendorffAlpha.Level.ORDINAL;
                case KRIPPENDORFF_ALPHA_INTERVAL -> KrippendorffAlpha.Level.INTERVAL;
                default -> null;
            };
            entries.add(bootstrap != null && level != null && entry.isDefined()
                    ? KrippendorffAlpha.withInterval(entry, data, level, bootstrap) : entry);
        }
        return new AgreementReport(data.unitCount(), data.raterCount(), entries);
    }

    /** One coefficient; throws {@link NotDefinedException} with the reason when it has no value. */
    public static AgreementEntry coefficient(Coefficient c, RatingData data) {
        try {
            return switch (c) {
                case PERCENT_AGREEMENT -> PercentAgreement.compute(c, data, 0);
                case WITHIN_ONE_AGREEMENT -> PercentAgreement.compute(c, data, 1);
                case COHEN_KAPPA -> CohenKappa.compute(c, data, CohenKappa.Weighting.NONE);
                case COHEN_KAPPA_LINEAR -> CohenKappa.compute(c, data, CohenKappa.Weighting.LINEAR);
                case COHEN_KAPPA_QUADRATIC -> CohenKappa.compute(c, data, CohenKappa.Weighting.QUADRATIC);
                case KRIPPENDORFF_ALPHA_NOMINAL -> KrippendorffAlpha.compute(c, data, KrippendorffAlpha.Level.NOMINAL);
                case KRIPPENDORFF_ALPHA_ORDINAL -> KrippendorffAlpha.compute(c, data, KrippendorffAlpha.Level.ORDINAL);
                case KRIPPENDORFF_ALPHA_INTERVAL -> KrippendorffAlpha.compute(c, data, KrippendorffAlpha.Level.INTERVAL);
                case ICC_1_1, ICC_2_1, ICC_3_1, ICC_1_K, ICC_2_K, ICC_3_K -> IntraclassCorrelation.compute(c, data);
                case FLEISS_KAPPA -> RaterDistribution.of(data, RaterDistribution.Weighting.IDENTITY).fleissKappa(c);
                case GWET_AC1 -> RaterDistribution.of(data, RaterDistribution.Weighting.IDENTITY).gwetAc(c);
                case GWET_AC2_LINEAR -> RaterDistribution.of(data, RaterDistribution.Weighting.LINEAR).gwetAc(c);
                case GWET_AC2_QUADRATIC -> RaterDistribution.of(data, RaterDistribution.Weighting.QUADRATIC).gwetAc(c);
            };
        } catch (InsufficientDataException e) {
            throw new NotDefinedException(e.getMessage());
        }
    }

    private static AgreementEntry entry(Coefficient c, RatingData data) {
        try {
            AgreementEntry entry = coefficient(c, data);
            if (!Double.isFinite(entry.value())) {
                return AgreementEntry.notDefined(c, "the data leave it undefined (0/0)", entry.unitsUsed(), entry.raters());
            }
            return entry;
        } catch (NotDefinedException e) {
            return AgreementEntry.notDefined(c, e.getMessage(), 0, data.raterCount());
        }
    }
}
