package org.attune.coding;

import java.util.List;

/** A palette of distinguishable code colours (Okabe–Ito plus lighter tints), handed out in turn. */
public final class Colours {
    static final List<String> PALETTE = List.of("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00",
            "#cc79a7", "#999999", "#f5c766", "#9fd3f2", "#66c4ab", "#f6ee8e", "#66aad1", "#e69e66", "#e0afca", "#c2c2c2");

    private Colours() {
    }

    public static String next(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
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
