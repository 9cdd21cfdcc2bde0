package org.attune.agreement.tests;

import java.util.ArrayList;
import java.util.List;

import org.attune.agreement.RatingData;
import org.attune.agreement.RatingData.Rating;

/** Published reliability data sets, as tidy rows the way a rating sheet would hand them over. */
final class PublishedData {
    private PublishedData() {
    }

    /**
     * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability, section C: 4 observers (A–D), 12
     * units, values 1–5, with missing data. The same data are Gwet (2014), Handbook of Inter-Rater
     * Reliability, 4th ed., p. 120, shipped with R's irrCAC as {@code cac.raw4raters}.
     */
    static RatingData krippendorff2011() {
        Double n = null;
        Double[][] units = {
            {1d, 1d, n, 1d}, {2d, 2d, 3d, 2d}, {3d, 3d, 3d, 3d}, {3d, 3d, 3d, 3d}, {2d, 2d, 2d, 2d}, {1d, 2d, 3d, 4d},
            {4d, 4d, 4d, 4d}, {1d, 1d, 2d, 1d}, {2d, 2d, 2d, 2d}, {n, 5d, 5d, 5d}, {n, n, 1d, 1d}, {n, 3d, n, n}};
        List<Rating> rows = new ArrayList<>();
        String[] observers = {"A", "B", "C", "D"};
        for (int u = 0; u < units.length; u++) {
            for (int r = 0; r < observers.length; r++) {
                rows.add(new Rating(String.valueOf(u + 1), observers[r], units[u][r]));
            }
        }
        return RatingData.of(rows);
    }

    /** Shrout, P. E., Fleiss, J. L. (1979). Intraclass correlations. Psychological Bulletin 86(2), Table 2: 6 targets, 4 judges. */
    static RatingData shroutFleiss1979() {
        return RatingData.ofMatrix(new Double[][] {
            {9d, 2d, 5d, 8d}, {6d, 1d, 3d, 2d}, {8d, 4d, 6d, 8d}, {7d, 1d, 2d, 6d}, {10d, 5d, 6d, 9d}, {6d, 2d, 4d, 7d}});
    }

    /**
     * irrCAC's {@code cont3x3abstractors} (Gwet 2014): 100 subjects classified by two abstractors as Ectopic (1),
     * AIU (2) or NIU (3); rows rater 1, columns rater 2.
     */
    static RatingData abstractors() {
        return fromTable(new int[][] {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}});
    }

    /**
     * SAS/STAT PROC FREQ, Getting Started, "Agreement Study" (Table 3.2, skin condition data): 88 patients rated
     * by two dermatologists as terrible (1), poor (2), marginal (3) or clear (4).
     */
    static RatingData skinCondition() {
        return fromTable(new int[][] {{10, 4, 1, 0}, {5, 10, 12, 2}, {2, 4, 12, 5}, {0, 2, 6, 13}});
    }

    /**
     * irrCAC's {@code distrib.6raters} (Fleiss 1971): 15 psychiatric patients, each classified by 6 raters as
     * depression (1), personality disorder (2), schizophrenia (3), neurosis (4) or other (5); given as how many
     * raters chose each category, so the raters' names here are arbitrary (the coefficients do not use them).
     */
    static RatingData sixRaters() {
        int[][] distribution = {{0, 0, 0, 6, 0}, {0, 3, 0, 0, 3}, {0, 1, 4, 0, 1}, {0, 0, 0, 0, 6}, {0, 3, 0, 3, 0},
            {2, 0, 4, 0, 0}, {0, 0, 4, 0, 2}, {2, 0, 3, 1, 0}, {2, 0, 0, 4, 0}, {0, 0, 0, 0, 6}, {1, 0, 0, 5, 0},
            {1, 1, 0, 4, 0}, {0, 3, 3, 0, 0}, {1, 0, 0, 5, 0}, {0, 2, 0, 3, 1}};
        List<Rating> rows = new ArrayList<>();
        for (int s = 0; s < distribution.length; s++) {
            int rater = 0;
            for (int c = 0; c < distribution[s].length; c++) {
                for (int times = 0; times < distribution[s][c]; times++) {
                    rows.add(new Rating("patient " + (s + 1), "rater " + ++rater, c + 1d));
                }
            }
        }
        return RatingData.of(rows);
    }

    /** Two raters' scores 1..q unrolled from a q × q contingency table (rater 1 rows, rater 2 columns). */
    static RatingData fromTable(int[][] table) {
        List<Rating> rows = new ArrayList<>();
        int unit = 0;
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table[i].length; j++) {
                for (int c = 0; c < table[i][j]; c++) {
                    unit++;
                    rows.add(new Rating("s" + unit, "rater 1", i + 1d));
                    rows.add(new Rating("s" + unit, "rater 2", j + 1d));
                }
            }
        }
        return RatingData.of(rows);
    }
}
