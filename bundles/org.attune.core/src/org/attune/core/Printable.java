package org.attune.core;

/**
 * Names (of files, entries, codes) as they are shown in reports: control characters escaped, so that a file
 * named with a newline cannot split a report's line or pass itself off as another line.
 */
public final class Printable {
    private Printable() {
    }

    /** {@code name} with line breaks and tabs as {@code \n}, {@code \r}, {@code \t} and other controls as {@code \}{@code uXXXX}. */
    public static String of(String name) {
        if (name == null || name.chars().noneMatch(Printable::isControl)) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length() + 8);
        name.chars().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(isControl(c) ? String.format("\\u%04X", c) : String.valueOf((char) c));
            }
        });
        return out.toString();
    }

    private static boolean isControl(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
