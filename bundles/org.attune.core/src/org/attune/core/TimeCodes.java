package org.attune.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time codes written into a transcript: {@code [hh:mm:ss]}, {@code [mm:ss]}, {@code [hh:mm:ss.mmm]},
 * a bare {@code hh:mm:ss.mmm}, and f4/f5's {@code #hh:mm:ss-t#} (t: tenths). Each becomes a sync point at
 * its position. A bare {@code 10:30} is not a time code (it is usually a clock time in speech). The one parser of
 * import and of time codes typed into a transcript (TextEdits).
 */
public final class TimeCodes {
    /** A time code: code point offset in the text, the time in milliseconds, and its length in code points. */
    public record Mark(int offset, long timeMs, int length) {
    }

    private static final Pattern CODES = Pattern.compile("(?:"
            + "\\[(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?\\]"      // [hh:mm:ss(.mmm)] or [mm:ss]
                    + "|#(\\d{1,2}):(\\d{2}):(\\d{2})-(\\d)#"                   // #hh:mm:ss-t#
                    + "|(?<![\\d:.])(\\d{1,2}):(\\d{2}):(\\d{2})[.,](\\d{3})(?![\\d]))"); // hh:mm:ss.mmm

    private TimeCodes() {
    }

    /** The marks in {@code text}, leftmost first, as {@code Matcher.find} would give them. */
    public static List<Mark> find(String text) {
        List<Mark> marks = new ArrayList<>();
        Matcher m = CODES.matcher(text).useTransparentBounds(true).useAnchoringBounds(false); // the look-behind sees before the region
        int lastChar = 0;
        int lastOffset = 0;
        int length = text.length();
        for (int at = 0; at < length;) {
            char c = text.charAt(at);
            // a time code starts only at '[', '#' or a digit: the regex runs only there, not at every letter
            if (c != '[' && c != '#' && (c < '0' || c > '9') || !m.region(at, length).lookingAt()) {
                at++;
                continue;
            }
            at = m.end();
            long ms;
            if (m.group(2) != null) {
                ms = time(m.group(1), m.group(2), m.group(3)) + millis(m.group(4));
            } else if (m.group(5) != null) {
                ms = time(m.group(5), m.group(6), m.group(7)) + Integer.parseInt(m.group(8)) * 100L;
            } else {
                ms = time(m.group(9), m.group(10), m.group(11)) + millis(m.group(12));
            }
            lastOffset += text.codePointCount(lastChar, m.start());
            lastChar = m.start();
            marks.add(new Mark(lastOffset, ms, text.codePointCount(m.start(), m.end())));
        }
        return marks;
    }

    private static long time(String hours, String minutes, String seconds) {
        long h = hours == null ? 0 : Long.parseLong(hours);
        return ((h * 60 + Long.parseLong(minutes)) * 60 + Long.parseLong(seconds)) * 1000;
    }

    private static long millis(String fraction) {
        if (fraction == null) {
            return 0;
        }
        String padded = (fraction + "00").substring(0, 3);
        return Long.parseLong(padded);
    }
}
