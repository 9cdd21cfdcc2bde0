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
        List<int[]> starts = new ArrayList<>(); // char index of line start, label end
        List<String> speakers = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            String speaker = label(line, boldNames);
            if (speaker != null) {
                starts.add(new int[] {lineStart});
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
            int from = starts.get(i)[0];
            int to = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
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

    static String label(String line, Set<String> boldNames) {
        for (String name : boldNames) {
            if (line.startsWith(name) && (line.length() == name.length()
                    || ": \t".indexOf(line.charAt(name.length())) >= 0)) {
                return name.endsWith(":") ? name.substring(0, name.length() - 1).strip() : name.strip();
            }
        }
        Matcher named = NAMED.matcher(line);
        if (named.lookingAt()) {
            return named.group(1);
        }
        Matcher bracketed = BRACKETED.matcher(line);
        return bracketed.lookingAt() ? bracketed.group(1) : null;
    }
}
