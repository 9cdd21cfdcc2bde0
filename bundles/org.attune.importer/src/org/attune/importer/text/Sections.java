package org.attune.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a case note or form into parts at its headings: a line that is one of the document's headings (a docx's
 * heading styles), or a line that opens with a label of up to eight words, the first capitalised, and a colon
 * ("Reason for referral:", "Outcome: closed"). Each part runs from its heading's line to the next heading; text
 * before the first heading is a part of its own, {@value #BEFORE}.
 */
public final class Sections {
    /** The label of the text before the first heading. */
    public static final String BEFORE = "(before the first heading)";
    private static final Pattern LABEL = Pattern.compile("^\\s*(\\p{Lu}[^:\\n.!?]{0,80}?)\\s*:(?:\\s.*)?$");
    private static final int MAX_WORDS = 8;

    /** A part: its heading's label and code point range [start, end) of the text. */
    public record Part(String label, int start, int end) {
    }

    private Sections() {
    }

    /** The parts of a normalised text; none when it has no heading. */
    public static List<Part> split(String text, Set<String> headings) {
        List<int[]> starts = new ArrayList<>(); // char index of a heading line, and its end
        List<String> labels = new ArrayList<>();
        int at = 0;
        for (String line : text.split("\n", -1)) {
            String label = label(line, headings);
            if (label != null) {
                starts.add(new int[] {at});
                labels.add(label);
            }
            at += line.length() + 1;
        }
        List<Part> parts = new ArrayList<>();
        if (starts.isEmpty()) {
            return parts;
        }
        int first = starts.get(0)[0];
        if (!text.substring(0, first).isBlank()) {
            parts.add(part(text, BEFORE, 0, first));
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            parts.add(part(text, labels.get(i), starts.get(i)[0], end));
        }
        return parts;
    }

    /** A part without the line breaks that end it, in code points. */
    private static Part part(String text, String label, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Part(label, text.codePointCount(0, from), text.codePointCount(0, end));
    }

    /** The heading a line is, or null. */
    static String label(String line, Set<String> headings) {
        String stripped = line.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        if (headings.contains(stripped)) {
            return stripped.endsWith(":") ? stripped.substring(0, stripped.length() - 1).strip() : stripped;
        }
        Matcher m = LABEL.matcher(line);
        if (m.matches() && m.group(1).strip().split("\\s+").length <= MAX_WORDS) {
            return m.group(1).strip();
        }
        return null;
    }
}
