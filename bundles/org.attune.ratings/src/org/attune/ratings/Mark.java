package org.attune.ratings;

import org.attune.model.Score;
import org.attune.model.ScoreState;

/** What a rater puts down for a sub-item: a level's value, N/A, or nothing (clear). */
public record Mark(ScoreState state, Integer value) {
    public static final Mark NOT_APPLICABLE = new Mark(ScoreState.NOT_APPLICABLE, null);
    public static final Mark CLEAR = new Mark(ScoreState.UNSCORED, null);

    public Mark {
        if ((state == ScoreState.VALUE) != (value != null)) {
            throw new IllegalArgumentException("a value mark needs a value, other marks none");
        }
    }

    public static Mark value(int value) {
        return new Mark(ScoreState.VALUE, value);
    }

    /** The mark a stored score holds; {@link #CLEAR} for none. */
    public static Mark of(Score score) {
        if (score == null || score.getState() == ScoreState.UNSCORED) {
            return CLEAR;
        }
        return score.getState() == ScoreState.VALUE ? value(score.getValue()) : NOT_APPLICABLE;
    }

    @Override
    public String toString() {
        return switch (state) {
            case VALUE -> value.toString();
            case NOT_APPLICABLE -> "N/A";
            default -> "-";
        };
    }
}
