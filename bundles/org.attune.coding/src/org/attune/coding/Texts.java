package org.attune.coding;

import java.util.Arrays;

/** Code-point positions (how Attune and REFI-QDA count) over Java's UTF-16 strings. */
public final class Texts {
    private Texts() {
    }

    /** The text between two code-point positions. */
    public static String slice(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }

    /**
     * Maps between code points and UTF-16 offsets in O(log n) per position: text outside the Basic Multilingual
     * Plane (emoji, some scripts) takes two UTF-16 units per code point.
     */
    public static final class Offsets {
        /** The code-point positions of the characters that take two UTF-16 units, ascending. */
        private final int[] pairs;

        public Offsets(String text) {
            int[] found = new int[16];
            int count = 0;
            int codePoint = 0;
            for (int i = 0; i < text.length(); i++, codePoint++) {
                if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = codePoint;
                    i++;
                }
            }
            pairs = Arrays.copyOf(found, count);
        }

        public int toUtf16(int codePoint) {
            int before = Arrays.binarySearch(pairs, codePoint);
            return codePoint + (before >= 0 ? before : -before - 1);
        }

        public int toCodePoint(int utf16) {
            int low = 0;
            int high = pairs.length;
            while (low < high) { // the number of pairs whose UTF-16 start lies before utf16
                int mid = (low + high) >>> 1;
                if (pairs[mid] + mid < utf16) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return utf16 - low;
        }
    }
}
