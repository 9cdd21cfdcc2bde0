package org.attune.ui;

import org.eclipse.swt.graphics.Color;

/**
 * The background that marks the place in a text the user is led to (the line a recording is at, the words of a
 * disagreement): a pale yellow of its own, under the text's own (dark) foreground. The system's tooltip colour was
 * used before; under GTK's Adwaita tooltips are black, and the marked line could not be read.
 */
public final class Highlight {
    /** Pale yellow (#FFEBA0): dark text stays readable on it. */
    public static final Color BACKGROUND = new Color(255, 235, 160);

    private Highlight() {
    }
}
