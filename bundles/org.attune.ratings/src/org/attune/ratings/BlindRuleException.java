package org.attune.ratings;

/** A rater asked to see another rater's scores before both sheets of the recording were submitted. */
public class BlindRuleException extends RatingException {
    private static final long serialVersionUID = 1L;

    public BlindRuleException(String message) {
        super(message);
    }
}
