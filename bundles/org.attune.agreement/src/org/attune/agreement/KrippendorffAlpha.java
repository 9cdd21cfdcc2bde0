package org.attune.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;

/**
 * Krippendorff's alpha for any number of raters with missing scores, computed by DKPro Statistics from the
 * pairable units (those with at least two scores; Krippendorff 2011). Ordinal alpha is given the ranks of
 * the scores, because DKPro's ordinal metric reads whole-number categories only (the metric depends on
 * the order and frequencies of the values, never on their size, so ranks give the same alpha).
 */
final class KrippendorffAlpha {
    enum Level { NOMINAL, ORDINAL, INTERVAL }

    private KrippendorffAlpha() {
    }

    static AgreementEntry compute(Coefficient coefficient, RatingData data, Level level) {
        List<double[]> units = pairableUnits(data);
        if (units.isEmpty()) {
            throw new NotDefinedException("no unit has scores from two raters");
        }
        double alpha = alpha(units, data.raterCount(), level);
        if (Double.isNaN(alpha)) {
            throw new NotDefinedException("every score is the same, so expected disagreement is 0");
        }
        return AgreementEntry.of(coefficient, alpha, units.size(), data.raterCount());
    }

    /**
     * {@code entry} (alpha of {@code data}) with Krippendorff's bootstrap ({@link CoincidenceBootstrap}, in
     * {@code kalpha}) and its 95% percentile unit-bootstrap interval and the bootstrap standard error:
     * {@code bootstrap.samples()} times, as many pairable units as the data have are drawn with replacement and alpha
     * is computed on them; the interval runs from the 2.5th to the 97.5th percentile of these alphas. A resample in
     * which every score is the same has no alpha and is drawn again.
     */
    static AgreementEntry withInterval(AgreementEntry entry, RatingData data, Level level, Bootstrap bootstrap) {
        List<double[]> units = pairableUnits(data);
        SplittableRandom random = new SplittableRandom(bootstrap.seed());
        double[] alphas = new double[bootstrap.samples()];
        int tries = 0;
        for (int i = 0; i < alphas.length; i++) {
            double alpha;
            do {
                if (++tries > 100 * alphas.length) {
                    // (nearly) every resample of units lacks variation: no unit interval, Krippendorff's bootstrap still
                    return new AgreementEntry(entry.coefficient(), entry.name(), entry.value(), null, null, null, entry.unitsUsed(),
                            entry.raters(), null, CoincidenceBootstrap.of(units, data.raterCount(), level, bootstrap));
                }
                List<double[]> sample = new ArrayList<>(units.size());
                for (int u = 0; u < units.size(); u++) {
                    sample.add(units.get(random.nextInt(units.size())));
                }
                alpha = alpha(sample, data.raterCount(), level);
            } while (Double.isNaN(alpha));
            alphas[i] = alpha;
        }
        Percentile percentile = new Percentile();
        percentile.setData(alphas);
        return new AgreementEntry(entry.coefficient(), entry.name(), entry.value(), new StandardDeviation().evaluate(alphas),
                percentile.evaluate(2.5), percentile.evaluate(97.5), entry.unitsUsed(), entry.raters(), null,
                CoincidenceBootstrap.of(units, data.raterCount(), level, bootstrap));
    }

    /** Alpha of these units (each a row of scores, NaN for missing, at least two scores), NaN without variation. */
    private static double alpha(List<double[]> units, int raters, Level level) {
        double[] distinct = units.stream().flatMapToDouble(Arrays::stream).filter(v -> !Double.isNaN(v)).distinct().sorted().toArray();
        if (distinct.length < 2) {
            return Double.NaN;
        }
        CodingAnnotationStudy study = new CodingAnnotationStudy(raters);
        for (double[] scores : units) {
            Object[] unit = new Object[raters];
            for (int r = 0; r < raters; r++) {
                double value = scores[r];
                unit[r] = Double.isNaN(value) ? null : level == Level.ORDINAL ? (Object) Arrays.binarySearch(distinct, value) : (Object) value;
            }
            study.addItemAsArray(unit);
        }
        IDistanceFunction distance = switch (level) {
            case NOMINAL -> new NominalDistanceFunction();
            case ORDINAL -> new OrdinalDistanceFunction();
            case INTERVAL -> new IntervalDistanceFunction();
        };
        return new KrippendorffAlphaAgreement(study, distance).calculateAgreement();
    }

    /** The units with at least two scores, as rows of every rater's score (NaN: missing). */
    private static List<double[]> pairableUnits(RatingData data) {
        List<double[]> units = new ArrayList<>();
        for (int u = 0; u < data.unitCount(); u++) {
            if (data.scoresOf(u).length >= 2) {
                double[] row = new double[data.raterCount()];
                for (int r = 0; r < row.length; r++) {
                    Double value = data.value(u, r);
                    row[r] = value == null ? Double.NaN : value;
                }
                units.add(row);
            }
        }
        return units;
    }
}
