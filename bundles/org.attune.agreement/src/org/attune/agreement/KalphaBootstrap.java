package org.attune.agreement;

import java.util.List;

/**
 * Krippendorff's bootstrap of alpha (Hayes &amp; Krippendorff 2007; Krippendorff, "Algorithm for bootstrapping a
 * distribution of α", 2006, revised 2011), as the KALPHA macro computes it: {@code samples} times, {@code draws} pairs
 * of values are drawn from the coincidence matrix of the pairable values and their observed disagreement, over the data's
 * expected disagreement, gives one alpha. The 95% interval and the probabilities {@code q} of failing to reach a minimum
 * alpha come from these alphas.
 *
 * @param ciLow   the 2.5th percentile of the bootstrapped alphas (KALPHA's LL95%CI)
 * @param ciHigh  the 97.5th percentile (KALPHA's UL95%CI)
 * @param samples how many alphas were bootstrapped
 * @param draws   how many pairs of values each sample draws (Krippendorff's M)
 * @param q       for each minimum alpha (.9, .8, .7, .67, .6, .5), the share of bootstrapped alphas below it
 */
public record KalphaBootstrap(double ciLow, double ciHigh, int samples, int draws, List<Failure> q) {
    /** The minimum alphas KALPHA reports the probability of failing to reach, largest first. */
    public static final List<Double> MINIMA = List.of(0.9, 0.8, 0.7, 0.67, 0.6, 0.5);

    /** The probability {@code q} that alpha is below {@code alphaMin}. */
    public record Failure(double alphaMin, double q) {
    }

    public KalphaBootstrap {
        q = List.copyOf(q);
    }

    /** q for this minimum alpha (one of {@link #MINIMA}). */
    public double q(double alphaMin) {
        return q.stream().filter(f -> f.alphaMin() == alphaMin).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no q for alpha min " + alphaMin)).q();
    }

    /** The interval and the q's in one line, numbers only: {@code 0.712–0.889; q(α<0.9) 0.990, q(α<0.8) 0.412, ...}. */
    public String summary() {
        StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT, "%.3f–%.3f;", ciLow, ciHigh));
        for (int i = 0; i < q.size(); i++) {
            text.append(String.format(java.util.Locale.ROOT, "%s q(α<%s) %.3f", i == 0 ? "" : ",",
                    java.math.BigDecimal.valueOf(q.get(i).alphaMin()).stripTrailingZeros().toPlainString(), q.get(i).q()));
        }
        return text.toString();
    }
}
