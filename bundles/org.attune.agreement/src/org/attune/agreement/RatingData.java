package org.attune.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores of several raters on the same units: a units × raters matrix in which a rater may have left a unit
 * unscored (N/A or not rated). Missing scores are absent, never a category of their own. Units and raters
 * keep the order in which they first appear.
 */
public final class RatingData {
    /** One score as it comes from a rating sheet or a tidy CSV row; {@code value} null means missing. */
    public record Rating(String unit, String rater, Double value) {
        public Rating {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(rater, "rater");
        }
    }

    private final List<String> units;
    private final List<String> raters;
    /** [unit][rater]; NaN where the rater gave no score. */
    private final double[][] values;

    private RatingData(List<String> units, List<String> raters, double[][] values) {
        this.units = Collections.unmodifiableList(units);
        this.raters = Collections.unmodifiableList(raters);
        this.values = values;
    }

    /**
     * Builds the matrix from tidy rows (unit, rater, score or null).
     *
     * @throws DuplicateRatingException when a rater scored the same unit twice (which score counts is unknown)
     * @throws IllegalArgumentException for a score that is not a finite number
     */
    public static RatingData of(List<Rating> rows) {
        Map<String, Integer> unitIndex = new LinkedHashMap<>();
        Map<String, Integer> raterIndex = new LinkedHashMap<>();
        for (Rating row : rows) {
            unitIndex.putIfAbsent(row.unit(), unitIndex.size());
            raterIndex.putIfAbsent(row.rater(), raterIndex.size());
        }
        double[][] values = new double[unitIndex.size()][raterIndex.size()];
        boolean[][] seen = new boolean[unitIndex.size()][raterIndex.size()];
        for (double[] unit : values) {
            Arrays.fill(unit, Double.NaN);
        }
        for (int i = 0; i < rows.size(); i++) {
            Rating row = rows.get(i);
            int u = unitIndex.get(row.unit());
            int r = raterIndex.get(row.rater());
            if (seen[u][r]) {
                throw new DuplicateRatingException(i, row.unit(), row.rater());
            }
            seen[u][r] = true;
            if (row.value() != null) {
                if (!Double.isFinite(row.value())) {
                    throw new IllegalArgumentException("score of rater " + row.rater() + " for unit " + row.unit()
                            + " is not a number: " + row.value());
                }
                values[u][r] = row.value();
            }
        }
        return new RatingData(new ArrayList<>(unitIndex.keySet()), new ArrayList<>(raterIndex.keySet()), values);
    }

    /** A matrix given directly, one row per unit, one column per rater, null for missing (handy in tests). */
    public static RatingData ofMatrix(Double[][] matrix) {
        List<Rating> rows = new ArrayList<>();
        for (int u = 0; u < matrix.length; u++) {
            for (int r = 0; r < matrix[u].length; r++) {
                rows.add(new Rating("unit " + (u + 1), "rater " + (r + 1), matrix[u][r]));
            }
        }
        return of(rows);
    }

    public List<String> units() {
        return units;
    }

    public List<String> raters() {
        return raters;
    }

    public int unitCount() {
        return units.size();
    }

    public int raterCount() {
        return raters.size();
    }

    /** The score of rater {@code r} for unit {@code u} (indices), or null when missing. */
    public Double value(int u, int r) {
        return Double.isNaN(values[u][r]) ? null : values[u][r];
    }

    /** The scores given to unit {@code u}, missing ones left out. */
    double[] scoresOf(int u) {
        return Arrays.stream(values[u]).filter(v -> !Double.isNaN(v)).toArray();
    }

    /** The units every rater scored, as rows of a complete matrix (for complete-case coefficients). */
    double[][] completeUnits() {
        return Arrays.stream(values)
                .filter(unit -> Arrays.stream(unit).noneMatch(Double::isNaN))
                .map(double[]::clone)
                .toArray(double[][]::new);
    }

    /** Every score given, in unit then rater order. */
    double[] allScores() {
        return Arrays.stream(values).flatMapToDouble(java.util.Arrays::stream)
                .filter(v -> !Double.isNaN(v)).toArray();
    }
}
