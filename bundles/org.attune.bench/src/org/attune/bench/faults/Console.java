package org.attune.bench.faults;

import java.util.regex.Pattern;

/** What a user saw on the console: a Java stack trace, or a message. */
public final class Console {
    private static final Pattern TRACE = Pattern.compile(
            "(?m)^\\s+at [\\w$.<>/]+\\(.*\\)\\s*$|^Exception in thread |^Caused by: ");

    private Console() {
    }

    public static boolean hasTrace(String text) {
        return text != null && TRACE.matcher(text).find();
    }

    public static String message(String err) {
        if (err == null) {
            return "";
        }
        for (String line : err.split("\\R")) {
            if (line.startsWith("attune: ")) {
                return line.substring(8);
            }
        }
        return err.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    }
}
