package org.attune.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds speaker turns in a normalised transcript. A turn starts at a line that begins with a speaker label
 * and runs to the next one. Labels recognised: {@code Name:} or {@code Interviewer 1:} (up to four words,
 * starting with a capital), {@code [id1]}-style labels, and names that a docx set in bold at a paragraph's
 * start. At least two labelled lines are needed, so that a stray "Note:" does not make a transcript.
 */
public final class SpeakerTurns {
    /** A turn: speaker label and code point range [start, end). */
    public record Turn(String speaker, int start, int end) {
    }

    private static final Pattern NAMED = Pattern.compile(
            "^(\\p{Lu}[\\p{L}\\p{M}'’.\\-]*(?: [\\p{L}\\p{M}'’.\\-]+){0,2}(?: \\d{1,3})?)[ \t]*:[ \t]", Pattern.MULTILINE);
    private static final Pattern BRACKETED = Pattern.compile("^\\[((?:id\\d+)|(?:\\p{L}[\\p{L}\\p{M} .'’\\-]{0,30}))\\][ \t]*",
            Pattern.MULTILINE);

    private SpeakerTurns() {
    }

    public static List<Turn> detect(String text, Set<String> boldNames) {
        List<Integer> starts = new ArrayList<>(); // char index of each labelled line's start
        List<String> speakers = new ArrayList<>();
        // one matcher per pattern for the whole text, run on each line as a region: no copy of the line
        Matcher named = NAMED.matcher(text);
        Matcher bracketed = BRACKETED.matcher(text);
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String speaker = label(text, lineStart, lineEnd, boldNames, named, bracketed);
            if (speaker != null) {
                starts.add(lineStart);
                speakers.add(speaker);
            }
            lineStart = lineEnd + 1;
        }
        List<Turn> turns = new ArrayList<>();
        if (starts.size() < 2) {
            return turns;
        }
        int counted = 0; // code points before char index 'at': counted on from the last turn, not from 0
        int at = 0;
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            while (to > from && text.charAt(to - 1) == '\n') {
                to--;
            }
            int start = counted + text.codePointCount(at, from);
            int end = start + text.codePointCount(from, to);
            turns.add(new Turn(speakers.get(i), start, end));
            counted = end;
            at = to;
        }
        return turns;
    }

    /** The speaker label that opens the line {@code text[start, end)}, or null. */
    static String label(String text, int start, int end, Set<String> boldNames, Matcher named, Matcher bracketed) {
        for (String name : boldNames) {
            int after = start + name.length();
            if (after <= end && text.startsWith(name, start) && (after == end || ": \t".indexOf(text.charAt(after)) >= 0)) {
                return name.endsWith(":") ? name.substring(0, name.length() - 1).strip() : name.strip();
            }
        }
        if (start == end) {
            return null;
        }
        // a named label starts with a capital letter (\p{Lu}), a bracketed one with '[': most lines of speech start
        // with neither only where a turn goes on over paragraphs, and need no regex then
        int first = text.codePointAt(start);
        if (first == '[') {
            return bracketed.region(start, end).lookingAt() ? bracketed.group(1) : null;
        }
        if (Character.getType(first) != Character.UPPERCASE_LETTER) {
            return null;
        }
        return named.region(start, end).lookingAt() ? named.group(1) : null;
    }
}
