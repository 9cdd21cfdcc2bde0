package org.attune.cli.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time range of a recording given as {@code START-END}: each time in seconds ({@code 1.25}), or as {@code m:ss} or
 * {@code h:mm:ss}, with or without milliseconds ({@code 0:01.250}).
 */
record TimeRange(long startMs, long endMs) {
    private static final Pattern TIME = Pattern.compile("(?:(\\d+):)?(?:(\\d+):)?(\\d+(?:\\.\\d{1,3})?)");

    static TimeRange parse(OpenProject project, String text) {
        String[] parts = text.strip().split("\\s*[-\u2013]\\s*");
        if (parts.length == 2) {
            Long start = millis(parts[0]);
            Long end = millis(parts[1]);
            if (start != null && end != null) {
                return new TimeRange(start, end);
            }
        }
        throw project.failure("--time \"" + text + "\" is not START-END (seconds, e.g. 1.25-2.5, or h:mm:ss.mmm, e.g. 0:01:05-0:01:20.5)");
    }

    /** A time as milliseconds, or null when it is none. */
    private static Long millis(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        // one colon: minutes:seconds; two: hours:minutes:seconds
        long hours = m.group(2) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = m.group(2) == null ? m.group(1) == null ? 0 : Long.parseLong(m.group(1)) : Long.parseLong(m.group(2));
        long ms = new java.math.BigDecimal(m.group(3)).movePointRight(3).longValueExact();
        return (hours * 60 + minutes) * 60_000 + ms;
    }

    @Override
    public String toString() {
        return org.attune.coding.SegmentExport.clock(startMs) + "\u2013" + org.attune.coding.SegmentExport.clock(endMs);
    }
}
