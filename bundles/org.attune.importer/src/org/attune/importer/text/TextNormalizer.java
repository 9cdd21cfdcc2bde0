package org.attune.importer.text;

import java.text.Normalizer;

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
    private TextNormalizer() {
    }

    /** Normalised text and how many words it holds (runs of characters that are not white space). */
    public record Normalized(String text, long words) {
    }

    public static String normalize(String raw) {
        return normalizeCountingWords(raw).text();
    }

    /**
     * One pass over the text after NFC, copying runs of ordinary characters in bulk: about as fast as copying
     * the text (regex passes were 10 times slower, a copy per character twice as slow). The same pass counts the
     * words, which a second pass over a long transcript would cost as much again.
     */
    public static Normalized normalizeCountingWords(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        if (!belowCombiningMarks(text) && !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        int length = text.length();
        StringBuilder out = new StringBuilder(length);
        int newlines = 0; // newlines at the end of out
        int run = 0; // start of the characters not yet copied, all of them ordinary
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7F) { // most characters: printable ASCII, part of a word
                words += inWord ? 0 : 1;
                inWord = true;
                continue;
            }
            if (!isSpecial(c)) {
                boolean space = c == ' ' || c == '\t' || Character.isWhitespace(c);
                words += space || inWord ? 0 : 1;
                inWord = !space;
                continue;
            }
            if (i > run) {
                out.append(text, run, i);
                newlines = 0;
            }
            run = i + 1;
            if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                continue; // the LF that follows ends the line
            }
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f') {
                inWord = false;
                trimTrailingBlanks(out);
                if (out.length() > 0 && newlines < 2) {
                    out.append('\n');
                    newlines++;
                }
            } else if (c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                inWord = false;
                out.append(' ');
                newlines = 0;
            } // any other control character is dropped: the word it stood in goes on
        }
        if (length > run) {
            out.append(text, run, length);
        }
        trimTrailingBlanks(out);
        while (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
            out.setLength(out.length() - 1);
        }
        return new Normalized(out.toString(), words);
    }

    /**
     * Whether every character is below U+0300, where the combining marks begin: such a text is in NFC already, as each
     * of those characters is NFC (quick check "yes") and none composes with the one before it. A tight scan instead of
     * the JDK's check code point by code point, which cost a third of normalising a transcript.
     */
    private static boolean belowCombiningMarks(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) >= '\u0300') {
                return false;
            }
        }
        return true;
    }

    /** Line ends, no-break spaces and control characters (Unicode category Cc: U+0000–001F, U+007F–009F) but tab. */
    private static boolean isSpecial(char c) {
        return c < 0x20 ? c != '\t' : c >= 0x7F && (c <= 0xA0 || c == '\u2007' || c == '\u202F' || c == '\u2028' || c == '\u2029');
    }

    private static void trimTrailingBlanks(StringBuilder out) {
        int end = out.length();
        while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
            end--;
        }
        out.setLength(end);
    }

    /** The code point offset of a char index: positions in Attune count code points, not UTF-16 units. */
    public static int codePointOffset(String text, int charIndex) {
        return text.codePointCount(0, charIndex);
    }
}
