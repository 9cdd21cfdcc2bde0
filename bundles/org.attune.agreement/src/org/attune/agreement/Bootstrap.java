package org.attune.agreement;

/**
 * How to bootstrap Krippendorff's alpha's 95% interval: {@code samples} resamples of the pairable units, drawn with a
 * random generator seeded with {@code seed}, so the same data, samples and seed give the same interval.
 */
public record Bootstrap(int samples, long seed) {
    /** 1,000 samples, as Hayes &amp; Krippendorff (2007) suggest at least. */
    public static final int DEFAULT_SAMPLES = 1_000;

    public Bootstrap {
        if (samples < 100) {
            throw new IllegalArgumentException("a bootstrap needs at least 100 samples, not " + samples);
        }
    }
}
