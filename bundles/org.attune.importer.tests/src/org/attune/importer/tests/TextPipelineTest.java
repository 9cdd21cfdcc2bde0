package org.attune.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.attune.core.TimeCodes;
import org.attune.core.TimeCodes.Mark;
import org.attune.importer.text.SpeakerTurns;
import org.attune.importer.text.SpeakerTurns.Turn;
import org.attune.importer.text.TextNormalizer;
import org.junit.jupiter.api.Test;

class TextPipelineTest {

    @Test
    void normalisationIsDocumentedAndAFixedPoint() {
        String raw = "\uFEFFInterviewer:\u00A0Hello  \r\nCarer: cafe\u0301\rline\u2028next\u000B\n\n\n\nend\u0007\t \n\n";
        String text = TextNormalizer.normalize(raw);
        assertEquals("Interviewer: Hello\nCarer: café\nline\nnext\n\nend", text);
        assertEquals(text, TextNormalizer.normalize(text));
    }

    /** The bulk-copying normaliser does exactly what its rules say, character by character, on random text. */
    @Test
    void normalisationMatchesItsRulesOnRandomText() {
        char[] alphabet = "ab é\t\r\n\u0085\u2028\u2029\u000B\f\u00A0\u2007\u202F\u0007\u007F\u009F\u00A1\u2006\u2003".toCharArray();
        java.util.Random random = new java.util.Random(5);
        for (int n = 0; n < 20_000; n++) {
            String raw = randomText(random, alphabet, 30);
            TextNormalizer.Normalized normalized = TextNormalizer.normalizeCountingWords(raw);
            String expected = byTheRules(raw);
            java.util.function.Supplier<String> shown = () -> "for " + codePoints(raw);
            assertEquals(expected, normalized.text(), shown);
            assertEquals(wordsIn(expected), normalized.words(), shown);
        }
    }

    /**
     * The normaliser skips the JDK's NFC check for a text of characters below U+0300 only: every such text is NFC. Checked
     * on every pair of them (none composes with the one before it), and the output is NFC on random text that mixes them
     * with combining marks, Hangul jamo and precomposed letters.
     */
    @Test
    void textBelowTheCombiningMarksIsInNfcAndEveryOutputIsNfc() {
        char[] pair = new char[2];
        for (char a = 0; a < 0x300; a++) {
            for (char b = 0; b < 0x300; b++) {
                pair[0] = a;
                pair[1] = b;
                String text = new String(pair);
                if (!java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC)) {
                    throw new AssertionError(String.format("U+%04X U+%04X is not in NFC", (int) a, (int) b));
                }
            }
        }
        char[] alphabet = "ae \nA\u00E9\u017F\u01C5\u02B0\u0301\u0308\u0327\u1100\u1161\u11A8\uAC00\u212B\u0340".toCharArray();
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 20_000; n++) {
            String raw = randomText(random, alphabet, 12);
            String text = TextNormalizer.normalize(raw);
            assertTrue(java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC), () -> "for " + codePoints(raw));
            assertEquals(text, TextNormalizer.normalize(java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC)));
        }
    }

    /** Fewer than {@code bound} characters drawn from {@code alphabet}. */
    private static String randomText(java.util.Random random, char[] alphabet, int bound) {
        StringBuilder raw = new StringBuilder();
        for (int i = random.nextInt(bound); i > 0; i--) {
            raw.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return raw.toString();
    }

    /** The text's characters as U+ numbers, for a failure's message. */
    private static java.util.List<String> codePoints(String text) {
        return text.chars().mapToObj(c -> String.format("U+%04X", c)).toList();
    }

    /** Words as a researcher counts them: runs of characters between white space. */
    private static long wordsIn(String text) {
        return java.util.Arrays.stream(text.split("[\\s\\p{javaWhitespace}]+")).filter(w -> !w.isEmpty()).count();
    }

    /** The rules of {@link TextNormalizer} (after NFC, which the alphabet above never changes), one character at a time. */
    private static String byTheRules(String text) {
        StringBuilder out = new StringBuilder();
        int newlines = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if ("\n\r\u0085\u2028\u2029\u000B\f".indexOf(c) >= 0) {
                out.setLength(out.toString().replaceAll("[ \t]+\\z", "").length());
                if (out.length() > 0 && newlines < 2) {
                    out.append('\n');
                    newlines++;
                }
                continue;
            }
            if ("\u00A0\u2007\u202F".indexOf(c) >= 0) {
                c = ' ';
            } else if (c != '\t' && Character.getType(c) == Character.CONTROL) {
                continue;
            }
            out.append(c);
            newlines = 0;
        }
        return out.toString().replaceAll("[ \t]+\\z", "").replaceAll("\n+\\z", "");
    }

    @Test
    void positionsCountCodePoints() {
        String text = "😀 smile";
        assertEquals(2, TextNormalizer.codePointOffset(text, 3), "the emoji is one code point, two chars");
    }

    @Test
    void speakerTurnsFromNamesNumberedRolesAndBracketLabels() {
        String text = "Interviewer 1: How did the review go?\nGuider: It went well.\nShe smiled at him.\nDr Lee: Noted.";
        List<Turn> turns = SpeakerTurns.detect(text, Set.of());
        assertEquals(List.of("Interviewer 1", "Guider", "Dr Lee"), turns.stream().map(Turn::speaker).toList());
        assertEquals(0, turns.get(0).start());
        assertEquals(text.indexOf("Guider"), turns.get(1).start());
        assertEquals(text.indexOf("\nDr Lee"), turns.get(1).end(), "a turn runs to the next label");
        assertEquals(text.length(), turns.get(2).end());

        List<Turn> bracketed = SpeakerTurns.detect("[id1] hello\n[id2] hi there\n[id1] bye", Set.of());
        assertEquals(List.of("id1", "id2", "id1"), bracketed.stream().map(Turn::speaker).toList());
    }

    @Test
    void oneStrayLabelIsNoTranscriptAndBoldNamesNeedNoColon() {
        assertTrue(SpeakerTurns.detect("Note: bring the consent forms.\nThen start.", Set.of()).isEmpty());
        List<Turn> bold = SpeakerTurns.detect("Guider\tHow are you?\nCarer\tFine.", Set.of("Guider", "Carer"));
        assertEquals(List.of("Guider", "Carer"), bold.stream().map(Turn::speaker).toList());
    }

    /**
     * A label only where a line opens with one: a capital letter (of any script) or '[' first, nothing before it; a
     * bold name only when the line starts with the whole of it; an empty line or a last line without a line end.
     */
    @Test
    void labelsOnlyWhereALineOpensWithOne() {
        String text = "\u00c4rztin: Guten Tag.\nnurse: lower case is speech\n\n \u00c4rztin: indented is speech\n\ud83d\ude00 Smile: no\n"
                + "[Carer B] yes\nGuider Lee 2: last";
        List<Turn> turns = SpeakerTurns.detect(text, Set.of("Guider Lee 2: la", "Gu"));
        assertEquals(List.of("\u00c4rztin", "Carer B", "Guider Lee 2"), turns.stream().map(Turn::speaker).toList(),
                "a bold name is a label only when followed by a colon, space, tab or the line's end; \"Gu\" is followed by 'i'");
        assertEquals(text.codePointCount(0, text.indexOf("[Carer")), turns.get(1).start(), "code points, the emoji counted as one");
        assertEquals(text.codePointCount(0, text.length()), turns.get(2).end());
        List<Turn> bold = SpeakerTurns.detect("Mum\nhello\nMum: hi\nDad", Set.of("Mum", "Dad", "Daddy"));
        assertEquals(List.of("Mum", "Mum", "Dad"), bold.stream().map(Turn::speaker).toList(), "a bold name longer than the line is no label");
    }

    @Test
    void timeCodesInTheUsualTranscriptConventions() {
        String text = "[00:01:02] a [03:04] b 00:00:05.250 c #00:01:02-3# d, at 10:30 we met [1:02:03.5]";
        List<Mark> marks = TimeCodes.find(text);
        assertEquals(List.of(62_000L, 184_000L, 5_250L, 62_300L, 3_723_500L), marks.stream().map(Mark::timeMs).toList());
        assertEquals(0, marks.get(0).offset());
        assertEquals(text.indexOf("#00:01"), marks.get(3).offset());
    }
}
