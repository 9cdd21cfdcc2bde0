package org.attune.agreement;

/** A rater scored the same unit twice; which score counts is unknown, so nothing is computed. */
public class DuplicateRatingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int row;

    public DuplicateRatingException(int row, String unit, String rater) {
        super("rater " + rater + " scored unit " + unit + " more than once");
        this.row = row;
    }

    /** Index (from 0) of the second row for the same unit and rater in the list given to {@link RatingData#of}. */
    public int row() {
        return row;
    }
}
