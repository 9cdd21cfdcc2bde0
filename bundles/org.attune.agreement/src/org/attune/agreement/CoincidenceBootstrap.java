package org.attune.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Krippendorff's algorithm for bootstrapping a distribution of alpha (2006, revised 2011; Hayes &amp; Krippendorff 2007,
 * the KALPHA macro). From the coincidence matrix o_ck of the pairable values (n.. values in all), the pairs of values
 * (c, k), c ≤ k, have probabilities p_cc = o_cc/n.. and p_ck = 2·o_ck/n..; each of the X samples draws M pairs with
 * these probabilities and gives α* = 1 − Σ δ²_ck/(M·D_e) over its draws, with the data's own expected disagreement D_e.
 * M = min(25·Q, n..·(m − 1)/2), Q the number of non-empty cells of the coincidence matrix and m the number of raters.
 * Then, as the algorithm prescribes: an α* below −1 is set to −1; when only one value coincides with itself, every α* of
 * 1 (all draws from the diagonal: no variation) is set to 0; otherwise the expected number X·Σ_c p_cc^M of samples drawn
 * from one value only have their α* of 1 set to 0. The interval's ends are the sorted α*'s number max(.025·X, 1) and
 * ⌊.975·X⌋ + 1 (counting from 1), q(αmin) is the share of α* below αmin. Deterministic for a seed.
 */
final class CoincidenceBootstrap {
    private CoincidenceBootstrap() {
    }

    /**
     * The bootstrap of alpha of these units (rows of scores, NaN for missing, each with at least two scores); null when
     * alpha has no expected disagreement (every score the same).
     */
    static KalphaBootstrap of(List<double[]> units, int raters, KrippendorffAlpha.Level level, Bootstrap bootstrap) {
        double[] values = units.stream().flatMapToDouble(Arrays::stream).filter(v -> !Double.isNaN(v)).distinct().sorted().toArray();
        int v = values.length;
        double[][] o = new double[v][v];
        for (double[] unit : units) {
            int[] idx = Arrays.stream(unit).filter(x -> !Double.isNaN(x)).mapToInt(x -> Arrays.binarySearch(values, x)).toArray();
            double weight = 1.0 / (idx.length - 1);
            for (int i = 0; i < idx.length; i++) {
                for (int j = 0; j < idx.length; j++) {
                    if (i != j) {
                        o[idx[i]][idx[j]] += weight;
                    }
                }
            }
        }
        double[] margin = new double[v];
        double n = 0;
        int nonEmpty = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                margin[c] += o[c][k];
                nonEmpty += o[c][k] > 1e-12 ? 1 : 0;
            }
            n += margin[c];
        }
        double[][] delta = delta(values, margin, level);
        double expected = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                expected += margin[c] * margin[k] * delta[c][k];
            }
        }
        expected /= n * (n - 1);
        if (v < 2 || expected <= 0) {
            return null;
        }
        // the pairs (c, k), c <= k, their cumulative probabilities and their differences
        List<double[]> cells = new ArrayList<>(); // c, k, probability, delta
        double diagonalPower = 0;
        int draws = (int) Math.min(25L * nonEmpty, Math.round(n * (raters - 1) / 2));
        draws = Math.max(draws, 1);
        int diagonalValues = 0;
        for (int c = 0; c < v; c++) {
            for (int k = c; k < v; k++) {
                double p = (c == k ? o[c][c] : 2 * o[c][k]) / n;
                if (p > 0) {
                    cells.add(new double[] { c, k, p, delta[c][k] });
                }
                if (c == k && p > 0) {
                    diagonalValues++;
                    diagonalPower += Math.pow(p, draws);
                }
            }
        }
        double[] cumulative = new double[cells.size()];
        double sum = 0;
        for (int i = 0; i < cells.size(); i++) {
            sum += cells.get(i)[2];
            cumulative[i] = sum;
        }
        SplittableRandom random = new SplittableRandom(bootstrap.seed());
        int samples = bootstrap.samples();
        double[] alphas = new double[samples];
        for (int s = 0; s < samples; s++) {
            double disagreement = 0;
            for (int d = 0; d < draws; d++) {
                double r = random.nextDouble() * sum;
                int i = Arrays.binarySearch(cumulative, r);
                i = i >= 0 ? Math.min(i + 1, cells.size() - 1) : Math.min(-i - 1, cells.size() - 1);
                disagreement += cells.get(i)[3];
            }
            alphas[s] = Math.max(-1, 1 - disagreement / (draws * expected));
        }
        Arrays.sort(alphas);
        int ones = 0;
        for (double a : alphas) {
            ones += a == 1 ? 1 : 0;
        }
        if (ones > 0) {
            // samples without variation (every pair drawn from one value) have alpha 0 by definition
            long noVariation = diagonalValues == 1 ? ones : Math.min(ones, Math.round(samples * diagonalPower));
            for (int i = 0; i < noVariation; i++) {
                alphas[samples - 1 - i] = 0;
            }
            Arrays.sort(alphas);
        }
        double low = alphas[Math.max((int) (0.025 * samples), 1) - 1];
        double high = alphas[Math.min((int) Math.floor(0.975 * samples) + 1, samples) - 1];
        List<KalphaBootstrap.Failure> q = new ArrayList<>();
        for (double min : KalphaBootstrap.MINIMA) {
            long below = Arrays.stream(alphas).filter(a -> a < min).count();
            q.add(new KalphaBootstrap.Failure(min, (double) below / samples));
        }
        return new KalphaBootstrap(low, high, samples, draws, q);
    }

    /** The squared differences δ²_ck of the level (Krippendorff 2011): ordinal from the coincidence margins. */
    private static double[][] delta(double[] values, double[] margin, KrippendorffAlpha.Level level) {
        int v = values.length;
        double[][] delta = new double[v][v];
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                delta[c][k] = c == k ? 0 : switch (level) {
                    case NOMINAL -> 1;
                    case INTERVAL -> (values[c] - values[k]) * (values[c] - values[k]);
                    case ORDINAL -> ordinal(margin, Math.min(c, k), Math.max(c, k));
                };
            }
        }
        return delta;
    }

    /** The ordinal difference (Σ_{g=c..k} n_g − (n_c + n_k)/2)² of the values c ≤ k. */
    private static double ordinal(double[] margin, int c, int k) {
        double between = 0;
        for (int g = c; g <= k; g++) {
            between += margin[g];
        }
        double d = between - (margin[c] + margin[k]) / 2;
        return d * d;
    }
}
