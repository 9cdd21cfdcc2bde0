package org.attune.ratings;

/** A stretch of a recording that shows a score, in milliseconds [startMs, endMs). */
public record Moment(long startMs, long endMs) {
    public Moment {
        if (startMs < 0 || endMs < startMs) {
            throw new RatingException("a moment needs 0 <= start <= end (got " + startMs + "-" + endMs + " ms)");
        }
    }
}
