package org.attune.model.edit;

/**
 * The image of a code: a square in its colour ({@code #rrggbb}). Item providers are UI-free, so a viewer's label
 * provider draws it.
 */
public record CodeSwatch(String colour) {
    /** The colour a code without one is drawn in. */
    public static final String NO_COLOUR = "#999999";
}
