package org.attune.coding;

import org.attune.model.codes.Codes;

/** Code colours: the palette's next one ({@link Codes#colour}) and the parts of a #rrggbb colour. */
public final class Colours {

    private Colours() {
    }

    public static String next(int index) {
        return Codes.colour(index);
    }

    /** The red, green and blue of a #rrggbb colour; grey when the colour is missing or malformed. */
    public static int[] rgb(String colour) {
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            return new int[] {0x99, 0x99, 0x99};
        }
        int v = Integer.parseInt(colour.substring(1), 16);
        return new int[] {v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff};
    }
}
