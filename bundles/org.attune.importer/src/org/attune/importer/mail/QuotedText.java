package org.attune.importer.mail;

import java.util.regex.Pattern;

/**
 * Splits a message's body into the new text and the earlier messages it quotes: lines starting with "&gt;", and
 * everything from a reply header on ("On … wrote:", Outlook's "-----Original Message-----", or a "From:" line
 * followed by "Sent:" or "Date:").
 */
public final class QuotedText {
    private static final Pattern WROTE = Pattern.compile("^\\s*On\\s.+\\swrote:\\s*$");
    private static final Pattern ORIGINAL = Pattern.compile("^\\s*-{2,}\\s*Original Message\\s*-{2,}\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM = Pattern.compile("^\\s*From:\\s*\\S.*$");
    private static final Pattern SENT = Pattern.compile("^\\s*(Sent|Date):\\s*\\S.*$");

    /** The new text and the quoted text, each stripped of blank lines around it. */
    public record Parts(String newText, String quoted) {
    }

    private QuotedText() {
    }

    public static Parts split(String body) {
        String[] lines = body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder fresh = new StringBuilder();
        StringBuilder quoted = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (startsQuote(lines, i)) {
                for (int j = i; j < lines.length; j++) {
                    quoted.append(lines[j]).append('\n');
                }
                break;
            }
            (lines[i].startsWith(">") ? quoted : fresh).append(lines[i]).append('\n');
        }
        return new Parts(fresh.toString().strip(), quoted.toString().strip());
    }

    private static boolean startsQuote(String[] lines, int i) {
        String line = lines[i];
        if (WROTE.matcher(line).matches() || ORIGINAL.matcher(line).matches()) {
            return true;
        }
        if (FROM.matcher(line).matches()) {
            for (int j = i + 1; j < Math.min(lines.length, i + 4); j++) {
                if (SENT.matcher(lines[j]).matches()) {
                    return true;
                }
            }
        }
        return false;
    }
}
