package org.attune.importer.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Makes imported text stable, so that positions (Unicode code points from 0, as REFI-QDA counts them) never
 * move after import. Applied in this order (docs/import.md documents it for researchers):
 * <ol>
 * <li>a leading byte-order mark is dropped;</li>
 * <li>line ends CR LF, CR, NEL, LS, PS, vertical tab and form feed become LF;</li>
 * <li>Unicode normalisation form NFC;</li>
 * <li>other control characters (except tab) are dropped; no-break spaces become spaces;</li>
 * <li>spaces and tabs at the end of a line are dropped;</li>
 * <li>more than one empty line in a row becomes one; leading and trailing empty lines are dropped.</li>
 * </ol>
 * The result is a fixed point: normalising it again changes nothing.
 */
public final class TextNormalizer {
    private static final Pattern LINE_ENDS = Pattern.compile("\r\n|[\r\u0085\u2028\u2029\u000B\f]");
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\n\t]]");
    private static final Pattern NO_BREAK_SPACES = Pattern.compile("[\u00A0\u2007\u202F]");
    private static final Pattern TRAILING = Pattern.compile("[ \t]+(?=\n|$)");
    private static final Pattern EMPTY_LINES = Pattern.compile("\n{3,}");

    private TextNormalizer() {
    }

    public static String normalize(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        text = LINE_ENDS.matcher(text).replaceAll("\n");
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        text = CONTROLS.matcher(text).replaceAll("");
        text = NO_BREAK_SPACES.matcher(text).replaceAll(" ");
        text = TRAILING.matcher(text).replaceAll("");
        text = EMPTY_LINES.matcher(text).replaceAll("\n\n");
        int start = 0;
        while (start < text.length() && text.charAt(start) == '\n') {
            start++;
        }
        int end = text.length();
        while (end > start && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(start, end);
    }

    /** The code point offset of a char index: positions in Attune count code points, not UTF-16 units. */
    public static int codePointOffset(String text, int charIndex) {
        return text.codePointCount(0, charIndex);
    }
}
