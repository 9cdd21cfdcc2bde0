package org.attune.agreement.text;

/**
 * One coder's coding of a code on the stretch [start, end) of a source: code points of a transcript or
 * milliseconds of a recording.
 */
public record Stretch(String source, String code, String coder, long start, long end) {
    public Stretch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a coded stretch needs 0 <= start < end, not " + start + "-" + end + " (" + code
                    + " by " + coder + " in " + source + ")");
        }
    }

    long length() {
        return end - start;
    }

    /** How much of this stretch and {@code other} overlap, as a share of the stretch both cover together. */
    double overlapShare(Stretch other) {
        long common = Math.min(end, other.end) - Math.max(start, other.start);
        if (common <= 0) {
            return 0;
        }
        return (double) common / (Math.max(end, other.end) - Math.min(start, other.start));
    }
}
