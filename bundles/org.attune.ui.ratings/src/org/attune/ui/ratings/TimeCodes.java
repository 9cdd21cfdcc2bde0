package org.attune.ui.ratings;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/** Times of a recording as researchers write them: hh:mm:ss.mmm (also mm:ss, ss.mmm). */
public final class TimeCodes {
    private static final Pattern TIME = Pattern.compile("(?:(?:(\\d+):)?(\\d{1,2}):)?(\\d{1,2})(?:[.,](\\d{1,3}))?");

    private TimeCodes() {
    }

    public static String format(long ms) {
        long t = Math.max(0, ms);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", t / 3_600_000, t / 60_000 % 60, t / 1000 % 60, t % 1000);
    }

    /** Milliseconds of a typed time; throws IllegalArgumentException saying what is expected. */
    public static long parse(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(NLS.bind(Messages.TimeCodes_notATime, text.strip()));
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        long seconds = Long.parseLong(m.group(3));
        String fraction = m.group(4) == null ? "0" : (m.group(4) + "00").substring(0, 3);
        if (minutes > 59 || seconds > 59) {
            throw new IllegalArgumentException(NLS.bind(Messages.TimeCodes_upTo59, text.strip()));
        }
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + Long.parseLong(fraction);
    }
}
