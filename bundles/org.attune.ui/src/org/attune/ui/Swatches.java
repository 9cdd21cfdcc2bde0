package org.attune.ui;

import java.util.HashMap;
import java.util.Map;

import org.attune.coding.Colours;
import org.attune.model.Code;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;

/** Small squares in codes' colours, shown beside their names; made once per colour, disposed with their control. */
public final class Swatches {
    private static final int SIZE = 12;
    private final Control owner;
    private final Map<String, Image> images = new HashMap<>();

    public Swatches(Control owner) {
        this.owner = owner;
        owner.addListener(org.eclipse.swt.SWT.Dispose, e -> images.values().forEach(Image::dispose));
    }

    /** The square in {@code code}'s colour (grey when it has none). */
    public Image of(Code code) {
        return of(code.getColour());
    }

    /** The square in {@code colour} ({@code #rrggbb}; grey when null). */
    public Image of(String colour) {
        return images.computeIfAbsent(colour == null ? "#999999" : colour, k -> {
            Image image = new Image(owner.getDisplay(), SIZE, SIZE);
            GC gc = new GC(image);
            int[] rgb = Colours.rgb(k);
            gc.setBackground(new Color(new RGB(rgb[0], rgb[1], rgb[2])));
            gc.fillRectangle(0, 0, SIZE, SIZE);
            gc.dispose();
            return image;
        });
    }
}
